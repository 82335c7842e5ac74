package se.samsyn.actionplan.domain;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduling for the weekly reminders. */
@Configuration
@EnableScheduling
class ActionPlanScheduling {}
