package se.samsyn;

import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

// Modules may each have a CategoryRepository: bean names are fully qualified so equal simple names do not clash.
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class SamsynApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamsynApplication.class, args);
    }
}
