package se.samsyn.agreement.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import se.samsyn.shared.HtmlPdf;

/** Renders the agreement document: Thymeleaf HTML in Swedish, laid out as a PDF by {@link HtmlPdf}. */
@Component
class AgreementPdf {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final TemplateEngine templates;

    AgreementPdf(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Map<String, Object> model) {
        return HtmlPdf.render(templates.process("agreement/document", new Context(SWEDISH, model)));
    }
}
