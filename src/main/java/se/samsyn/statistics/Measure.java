package se.samsyn.statistics;

/** What a value is. Labels: {@code statistics.measure.*}. */
public enum Measure {
    COUNT,
    RATE_PER_100K,
    RATE_PER_1000,
    /** Trygghetsmätningens index 0–6, where 0 is "närmast obefintligt problem": lower is better. */
    INDEX_0_6,
    PERCENT,
    MEAN,
    /** A sum of money or another quantity with its own unit (for example kronor for graffiti removal). */
    AMOUNT
}
