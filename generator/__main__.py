"""Kommandon för IOP-rapporter: kontrollera innehållet, skriv sidorna, importera en rapport ur dess dokument."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import NoReturn

from .content.catalogue import publishing_refused, read_catalogue, unreviewed_refused
from .content.reference import json_schemas
from .errors import ContentError
from .importing.draft import import_document, summary
from .importing.extract import ExtractError
from .site.pages import write_markdown


def validate(content: Path, strict: bool) -> int:
    """Kontrollera alla innehållsfiler och lista varje problem, eller säg att allt är i ordning."""
    catalogue = read_catalogue(content, base=Path.cwd())
    for warning in catalogue.warnings:
        print(f"Varning: {warning}", file=sys.stderr)
    drafts = {draft.source for draft in catalogue.drafts}
    for draft in catalogue.drafts:
        print(f"Utkast: {draft.source}: har `status: utkast` och publiceras inte förrän raden är borttagen", file=sys.stderr)
    # A draft is reviewed value by value: its marks are listed as work to do; elsewhere a mark stops publishing.
    for problem in catalogue.unreviewed:
        if problem.file in drafts:
            print(f"Att granska: {problem}", file=sys.stderr)
    refused = [problem for problem in catalogue.unreviewed if problem.file not in drafts]
    if refused:
        print(f"Fel: {unreviewed_refused(refused)}", file=sys.stderr)
        return 1
    print(f"OK: {len(catalogue.reports)} rapporter, {len(catalogue.districts)} stadsdelar, "
          f"{len(catalogue.organisations)} organisationer, {len(catalogue.themes)} teman.")
    if strict and catalogue.warnings:
        print(f"Fel: {len(catalogue.warnings)} varningar, och --strict gör varningar till fel.", file=sys.stderr)
        return 1
    return 0


def render(content: Path, out: Path) -> int:
    """Skriv webbplatsens sidor till en mapp som Markdown-filer (med HTML), för valfri Markdown-byggare."""
    catalogue = read_catalogue(content, base=Path.cwd())
    if refused := publishing_refused(catalogue):  # as mkdocs build: never a draft or an unreviewed value
        print(f"Fel: {refused}", file=sys.stderr)
        return 1
    written = write_markdown(catalogue, out)
    print(f"Skrev {written} sidor till {out}.")
    return 0


def schema(out: Path) -> int:
    """Skriv innehållsformatet som JSON Schema, för redigerare som kontrollerar YAML medan du skriver."""
    out.mkdir(parents=True, exist_ok=True)
    for name, text in json_schemas().items():
        (out / name).write_text(text, encoding="utf-8")
    print(f"Skrev {len(json_schemas())} schemafiler till {out}.")
    return 0


def import_(files: list[Path], content: Path, out: Path | None, force: bool) -> int:
    """Läs slutrapporter (.txt, .pdf, .docx) till utkast av rapportfiler; säg vad som hittades, saknas eller behöver granskas."""
    failed = 0
    for path in files:
        try:
            imported = import_document(path, content, out or content / "reports", force)
        except (ExtractError, FileExistsError) as error:
            print(f"Fel: {error}", file=sys.stderr)
            failed += 1
            continue
        except OSError as error:
            print(f"Fel: {path}: kan inte läsas eller skrivas ({error.strerror})", file=sys.stderr)
            failed += 1
            continue
        except Exception as error:  # a document the reader does not cope with: say so, never a traceback
            print(f"Fel: {path}: kunde inte importeras ({type(error).__name__}: {error}); "
                  "skicka gärna dokumentet till utvecklarna", file=sys.stderr)
            failed += 1
            continue
        print(summary(imported))
    return 1 if failed else 0


class SwedishParser(argparse.ArgumentParser):
    """argparse with its own words in Swedish: the help and every message staff may see."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", SwedishHelp)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "flaggor"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="visa den här hjälpen och avsluta")

    def error(self, message: str) -> NoReturn:
        message = re.sub(r"^argument ", "argumentet ", message)
        for english, swedish in _ARGPARSE_MESSAGES:
            message = message.replace(english, swedish)
        self.print_usage(sys.stderr)
        self.exit(2, f"Fel: {message}\n")


class SwedishHelp(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        return super().add_usage(usage, actions, groups, "Användning: " if prefix is None else prefix)


_ARGPARSE_MESSAGES = [
    ("the following arguments are required", "följande argument saknas"),
    ("unrecognized arguments", "okända argument"),
    ("ambiguous option", "flaggan kan betyda flera"),
    ("could match", "till exempel"),
    ("ignored explicit argument", "flaggan tar inget värde, men fick"),
    ("not allowed with argument", "går inte ihop med argumentet"),
    ("invalid choice", "okänt val"),
    ("choose from", "välj bland"),
    ("expected one argument", "förväntade ett värde"),
]


def main(argv: list[str] | None = None) -> int:
    parser = SwedishParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--content", type=Path, default=Path("content"), metavar="MAPP", help="innehållsmappen (standard: content)")
    commands = parser.add_subparsers(dest="command", required=True, title="kommandon", metavar="KOMMANDO",
                                     parser_class=SwedishParser)
    validate_parser = commands.add_parser("validate", help=validate.__doc__, description=validate.__doc__)
    validate_parser.add_argument("--strict", action="store_true", help="behandla varningar som fel (som mkdocs build --strict)")
    render_parser = commands.add_parser("render", help=render.__doc__, description=render.__doc__)
    render_parser.add_argument("--out", type=Path, required=True, metavar="MAPP", help="mappen som sidorna skrivs till")
    schema_parser = commands.add_parser("schema", help=schema.__doc__, description=schema.__doc__)
    schema_parser.add_argument("--out", type=Path, default=Path("schema"), metavar="MAPP", help="mappen för filerna (standard: schema)")
    import_parser = commands.add_parser("import", help=import_.__doc__, description=import_.__doc__)
    import_parser.add_argument("files", type=Path, nargs="+", metavar="FIL", help="ett dokument: .txt, .pdf eller .docx")
    import_parser.add_argument("--out", type=Path, metavar="MAPP", help="mappen för utkasten (standard: content/reports)")
    import_parser.add_argument("--force", action="store_true", help="ersätt ett utkast eller en rapport som redan finns")
    args = parser.parse_args(argv)
    try:
        if args.command == "import":
            return import_(args.files, args.content, args.out, args.force)
        if args.command == "validate":
            return validate(args.content, args.strict)
        if args.command == "schema":
            return schema(args.out)
        return render(args.content, args.out)
    except ContentError as error:
        print(f"Fel: {error.report()}", file=sys.stderr)
        return 1
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"Fel: {where}{error.strerror or error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
