package cn.fazhi.assess.checklist;

import java.util.List;

/** The checklist or its rules are unusable; every problem found is listed, each naming file and key. */
public class ChecklistException extends RuntimeException {
    private final List<String> problems;

    public ChecklistException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public ChecklistException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
