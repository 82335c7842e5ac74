package se.samsyn.statistics.domain;

import org.springframework.stereotype.Component;

/** Brå's table exports. */
@Component
class BraFiles {

    Parsed read(String fileName, byte[] content) {
        throw new ImportRejected(ImportProblem.file("statistics.bra.error.unknownFormat"));
    }
}
