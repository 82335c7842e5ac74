package se.samsyn.statistics.domain;

/** Other indicator series (graffiti costs, fires, felanmälningar). */
final class OtherFile {

    private OtherFile() {}

    static Parsed read(byte[] content) {
        throw new ImportRejected(ImportProblem.file("statistics.other.error.unknownFormat"));
    }
}
