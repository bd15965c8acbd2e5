"""One exception hierarchy: every error the library raises on purpose is a :class:`KgError`."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error thaikg raises on purpose."""


class InputError(KgError):
    """An input that cannot be read: names the file, the line when there is one, and the fix."""

    def __init__(self, source: str, problem: str, fix: str = "", line: int | None = None) -> None:
        self.source, self.problem, self.fix, self.line = source, problem, fix, line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}" + (f" ({fix})" if fix else ""))

    def __reduce__(self):  # picklable, so that an error met in a worker process reaches the parent whole
        return type(self), (self.source, self.problem, self.fix, self.line)


class UnknownEngineError(KgError):
    """An engine, format or question was asked for by a name that is not registered."""

    def __init__(self, kind: str, name: str, valid: list[str]) -> None:
        self.kind, self.name, self.valid = kind, name, valid
        super().__init__(f"unknown {kind} {name!r}; choose one of: {', '.join(sorted(valid))}")

    def __reduce__(self):
        return type(self), (self.kind, self.name, self.valid)


class ValidationError(KgError):
    """A graph does not conform to the SHACL shapes."""
