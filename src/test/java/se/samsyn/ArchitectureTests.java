package se.samsyn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Conventions of docs/architecture.md that Modulith's verify() does not check. Every rule must match something. */
class ArchitectureTests {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samsyn");

    /**
     * Known violations, reported to the module's owner rather than fixed from here: the security configuration hands
     * a JdbcClient to the OIDC user service it builds (access module).
     */
    static final DescribedPredicate<JavaClass> KNOWN_JDBC_OUTSIDE_DOMAIN =
            DescribedPredicate.describe("known exception se.samsyn.access.web.SecurityConfiguration",
                    c -> c.getName().equals("se.samsyn.access.web.SecurityConfiguration"));

    @Test
    void theImportSeesTheWholeApplication() {
        assertThat(MAIN.stream().map(ArchitectureTests::module).flatMap(Optional::stream).distinct())
                .contains("shared", "organisation", "access", "geo", "audit", "web", "demo");
    }

    @Test
    void controllersLiveInWebOrRestPackagesAndArePackagePrivate() {
        classes().that().areMetaAnnotatedWith(Controller.class)
                .should().resideInAnyPackage("..web..", "..rest..")
                .andShould().bePackagePrivate()
                .allowEmptyShould(false)
                .check(MAIN);
    }

    @Test
    void noModuleUsesAnotherModulesDomainPackage() {
        classes().that().resideInAPackage("se.samsyn..")
                .should(new ArchCondition<JavaClass>("not depend on another module's domain package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> own = module(origin);
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getPackageName();
                            Optional<String> targetModule = module(d.getTargetClass());
                            boolean foreignDomain = targetModule.isPresent() && !targetModule.equals(own)
                                    && (target.equals("se.samsyn." + targetModule.get() + ".domain")
                                            || target.startsWith("se.samsyn." + targetModule.get() + ".domain."));
                            if (foreignDomain) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(false)
                .check(MAIN);
    }

    @Test
    void controllerMethodsReturnNoTypesFromDomainPackages() {
        methods().that().areDeclaredInClassesThat().areMetaAnnotatedWith(Controller.class)
                .and().areMetaAnnotatedWith(RequestMapping.class)
                .should(new ArchCondition<JavaMethod>("return no type from a ..domain.. package") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                            if (type.getPackageName().contains(".domain")) {
                                events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " returns " + type.getName()));
                            }
                        }
                    }
                })
                .allowEmptyShould(false)
                .check(MAIN);
    }

    @Test
    void nothingWritesToTheConsoleOrPrintsStackTraces() {
        noClasses().that().resideInAPackage("se.samsyn..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .allowEmptyShould(false)
                .check(MAIN);
    }

    @Test
    void dependenciesAreInjectedThroughConstructorsNotFields() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage("se.samsyn..")
                .should().beAnnotatedWith(Autowired.class)
                .allowEmptyShould(false)
                .check(MAIN);
    }

    @Test
    void onlyDomainPackagesTalkToTheDatabase() {
        noClasses().that().resideInAPackage("se.samsyn..").and().resideOutsideOfPackage("..domain..")
                .and(DescribedPredicate.not(KNOWN_JDBC_OUTSIDE_DOMAIN))
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcOperations.class)
                .allowEmptyShould(false)
                .check(MAIN);
    }

    /** {@code se.samsyn.geo.domain.AreaService} → geo; classes directly in {@code se.samsyn} belong to no module. */
    static Optional<String> module(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith("se.samsyn.")) {
            return Optional.empty();
        }
        String rest = name.substring("se.samsyn.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
