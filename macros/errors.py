"""The one error type a bad data file raises: it names the file, the entry and the field."""


class DataError(ValueError):
    """One or more problems in the files under data/; each line is `file: entry.field: problem`."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the data files:"
        super().__init__("\n".join([head, *(f"  - {p}" for p in self.problems)]))
