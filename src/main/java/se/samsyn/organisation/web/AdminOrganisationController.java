package se.samsyn.organisation.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.organisation.PartnerKind;
import se.samsyn.organisation.domain.OrganisationService;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.SamsynException;

/** Systemadministration: organisations of every kind, and which kommuner a lokalpolisområde serves. */
@Controller
class AdminOrganisationController {

    /** Which form field a rejected value belongs to, so the message can sit next to it. */
    private static final Map<String, String> FIELD_OF = Map.of(
            "organisation.error.nameRequired", "name",
            "organisation.error.nameTaken", "name",
            "organisation.error.typeRequired", "type",
            "organisation.error.unknownMunicipalityCode", "municipalityCode",
            "organisation.error.municipalityExists", "municipalityCode",
            "organisation.error.unknownPartnerKind", "partnerKind",
            "organisation.error.parentNotFound", "parent",
            "organisation.error.parentCycle", "parent",
            "organisation.error.servesOnlyPolice", "servedCodes",
            "organisation.error.unknownServedCode", "servedCodes");

    private final OrganisationService organisations;

    AdminOrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/admin/organisations")
    String list(@RequestParam(required = false) @Nullable OrganisationType type,
            @RequestParam(required = false) @Nullable String q, Model model) {
        Actors.current().requireSystemAdmin();
        model.addAttribute("organisations", organisations.search(type, q));
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("selectedType", type);
        model.addAttribute("q", q);
        return "organisation/admin-organisations";
    }

    @GetMapping("/admin/organisations/new")
    String newForm(Model model) {
        Actors.current().requireSystemAdmin();
        return form(null, OrganisationForm.empty(), null, model);
    }

    @PostMapping("/admin/organisations")
    String create(@ModelAttribute OrganisationForm form, Model model, RedirectAttributes redirect) {
        Actors.current().requireSystemAdmin();
        try {
            var id = organisations.register(form.toNewOrganisation(), form.servedCodeList());
            redirect.addFlashAttribute("flash", "organisation.flash.created");
            return "redirect:/admin/organisations/" + id;
        } catch (SamsynException e) {
            return rejected(null, form, e, model);
        }
    }

    @GetMapping("/admin/organisations/{organisationId}")
    String edit(@PathVariable OrganisationId organisationId, Model model) {
        Actors.current().requireSystemAdmin();
        var details = organisations.details(organisationId).orElseThrow(() -> new NotFoundException("organisation.error.notFound"));
        return form(organisationId, OrganisationForm.of(details), null, model);
    }

    @PostMapping("/admin/organisations/{organisationId}")
    String update(@PathVariable OrganisationId organisationId, @ModelAttribute OrganisationForm form, Model model,
            RedirectAttributes redirect) {
        Actors.current().requireSystemAdmin();
        organisations.find(organisationId).orElseThrow(() -> new NotFoundException("organisation.error.notFound"));
        try {
            organisations.update(organisationId, form.toNewOrganisation(), form.servedCodeList(), form.versionRead());
            redirect.addFlashAttribute("flash", "organisation.flash.saved");
            return "redirect:/admin/organisations/" + organisationId;
        } catch (SamsynException e) {
            return rejected(organisationId, form, e, model);
        }
    }

    /** One action for a lokalpolisområde: access to the workspace of every kommun it serves. */
    @PostMapping("/admin/organisations/{organisationId}/grant-served")
    String grantServed(@PathVariable OrganisationId organisationId, RedirectAttributes redirect) {
        Actors.current().requireSystemAdmin();
        var granted = organisations.grantServedMunicipalities(organisationId);
        redirect.addFlashAttribute("flash", granted.isEmpty() ? "organisation.flash.servedAlreadyGranted"
                : "organisation.flash.servedGranted");
        return "redirect:/admin/organisations/" + organisationId;
    }

    private String rejected(@Nullable OrganisationId id, OrganisationForm form, SamsynException e, Model model) {
        if (e instanceof NotFoundException && !FIELD_OF.containsKey(e.messageKey())) {
            throw e;
        }
        return form(id, form, e, model);
    }

    private String form(@Nullable OrganisationId id, OrganisationForm form, @Nullable SamsynException error, Model model) {
        model.addAttribute("organisationId", id);
        model.addAttribute("form", form);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("partnerKinds", PartnerKind.values());
        model.addAttribute("parents", organisations.all().stream().filter(o -> !o.id().equals(id)).toList());
        model.addAttribute("municipalities", organisations.municipalities());
        if (id != null) {
            model.addAttribute("served", organisations.servedMunicipalities(id));
            model.addAttribute("grantedWorkspaces", organisations.workspacesOf(id));
        }
        if (error != null) {
            model.addAttribute("errorKey", error.messageKey());
            model.addAttribute("errorArgs", error.arguments());
            model.addAttribute("errorField", FIELD_OF.getOrDefault(error.messageKey(), ""));
        }
        return "organisation/admin-organisation-form";
    }
}
