"""Command line: `python -m generator validate`, `render --out DIR`, `schema --out DIR` and `import FILE…`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .content.catalogue import read_catalogue
from .errors import ContentError
from .importing.extract import ExtractError
from .importing.draft import import_document, summary
from .content.reference import json_schemas
from .site.pages import render_pages, write_pages


def validate(content: Path) -> int:
    """Check every content file; list every problem, or say that all is well."""
    catalogue = read_catalogue(content, base=Path.cwd())
    print(f"OK: {len(catalogue.reports)} reports, {len(catalogue.districts)} districts, "
          f"{len(catalogue.organisations)} organisations.")
    return 0


def render(content: Path, out: Path) -> int:
    """Write the site's Markdown pages to a folder, for any Markdown site builder."""
    pages = render_pages(read_catalogue(content, base=Path.cwd()))
    write_pages(pages, out)
    print(f"Wrote {len(pages)} pages to {out}.")
    return 0


def schema(out: Path) -> int:
    """Write the content format as JSON Schema files, for editors that check YAML while you type."""
    out.mkdir(parents=True, exist_ok=True)
    for name, text in json_schemas().items():
        (out / name).write_text(text, encoding="utf-8")
    print(f"Wrote {len(json_schemas())} schema files to {out}.")
    return 0


def import_(files: list[Path], content: Path, out: Path | None, force: bool) -> int:
    """Read final reports (.txt, .pdf, .docx) into draft report files; say what was found, missing or uncertain."""
    failed = 0
    for path in files:
        try:
            imported = import_document(path, content, out or content / "reports", force)
        except (ExtractError, FileExistsError, OSError) as error:
            print(f"Error: {error}", file=sys.stderr)
            failed += 1
            continue
        except Exception as error:  # a document the reader does not cope with: say so, never a traceback
            print(f"Error: {path}: could not be imported ({type(error).__name__}: {error}); "
                  "please report it with the document", file=sys.stderr)
            failed += 1
            continue
        print(summary(imported))
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--content", type=Path, default=Path("content"), help="the content folder (default: content)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help=validate.__doc__, description=validate.__doc__)
    render_parser = commands.add_parser("render", help=render.__doc__, description=render.__doc__)
    render_parser.add_argument("--out", type=Path, required=True, help="folder to write the Markdown into")
    schema_parser = commands.add_parser("schema", help=schema.__doc__, description=schema.__doc__)
    schema_parser.add_argument("--out", type=Path, default=Path("schema"), help="folder for the files (default: schema)")
    import_parser = commands.add_parser("import", help=import_.__doc__, description=import_.__doc__)
    import_parser.add_argument("files", type=Path, nargs="+", metavar="FILE", help="a .txt, .pdf or .docx document")
    import_parser.add_argument("--out", type=Path, help="folder for the drafts (default: content/reports)")
    import_parser.add_argument("--force", action="store_true", help="replace a draft or report that exists already")
    args = parser.parse_args(argv)
    try:
        if args.command == "import":
            return import_(args.files, args.content, args.out, args.force)
        if args.command == "validate":
            return validate(args.content)
        if args.command == "schema":
            return schema(args.out)
        return render(args.content, args.out)
    except ContentError as error:
        print(f"Error: {error.report()}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
