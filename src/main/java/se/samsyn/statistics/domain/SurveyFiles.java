package se.samsyn.statistics.domain;

import org.springframework.stereotype.Component;
import se.samsyn.shared.WorkspaceId;

/** Safety-survey result files. */
@Component
class SurveyFiles {

    Parsed read(WorkspaceId workspace, String fileName, byte[] content) {
        throw new ImportRejected(ImportProblem.file("statistics.survey.error.unknownFormat"));
    }
}
