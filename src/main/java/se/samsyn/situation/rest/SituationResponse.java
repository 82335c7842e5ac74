package se.samsyn.situation.rest;

import se.samsyn.situation.SituationPicture;

/** The picture with its period label and a one-line statement of the statistical methods used. */
public record SituationResponse(String periodLabel, String methods, SituationPicture picture) {

    static final String METHOD = "Change: exact conditional binomial test of equal Poisson rates, two-sided, alpha 0.05. "
            + "Hotspots: Getis-Ord Gi* on H3 resolution 9, gridDisk k=1 incl. self, Benjamini-Hochberg FDR; "
            + "bins 3/2/1 = q <= 0.01/0.05/0.10. Weekday x hour: aoristic spreading over the time interval.";
}
