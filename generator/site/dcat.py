"""The data catalogue in DCAT-AP-SE (3.0.1), as RDF/XML, for the national data portal to harvest.

It describes the datasets (all reports, and the reports of each district,
year and theme) and their CSV and JSON distributions, with the properties
the profile makes mandatory and those the portal's harvester uses. Its
addresses are relative to the catalogue's own address (`data/katalog.rdf`),
which RDF/XML resolves against where the file is fetched from; when
`site_url` is set in mkdocs.yml, `xml:base` makes them absolute in the file
itself. No date comes from the clock.
"""
from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING

from .escape import xml_attribute as quoteattr, xml_text as escape

if TYPE_CHECKING:
    from .data import OpenData

NAMESPACE = uuid.UUID("6f0f6a2e-3b9a-5c1e-9a51-4c1f0b7d2a10")  # this site's own: ids stay the same across builds
CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"  # the profile requires CC0 for the catalogue itself
EU = "http://publications.europa.eu/resource/authority/"
IANA = "http://www.iana.org/assignments/media-types/"
MEDIA = {"csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "json": "application/json"}


def _text(tag: str, value: str, lang: str | None = "sv") -> str:
    attribute = f' xml:lang="{lang}"' if lang else ""
    return f"    <{tag}{attribute}>{escape(value)}</{tag}>\n"


def _ref(tag: str, iri: str) -> str:
    return f"    <{tag} rdf:resource={quoteattr(iri)}/>\n"


def _date(tag: str, value: str) -> str:
    return f'    <{tag} rdf:datatype="http://www.w3.org/2001/XMLSchema#date">{value}</{tag}>\n'


def publisher_iri(config: dict) -> str:  # type: ignore[type-arg]
    """The publisher as the national data portal names organisations: by organisation number."""
    publisher = config["publisher"]
    if publisher.get("uri"):
        return str(publisher["uri"])
    digits = re.sub(r"\D", "", str(publisher.get("org_number") or ""))
    return f"http://dataportal.se/organisation/SE{digits}" if len(digits) == 10 else "katalog.rdf#utgivare"


def catalogue_rdf(data: OpenData, sizes: dict[str, int] | None = None) -> str:
    config, catalogue = data.config, data.catalogue
    publisher = config["publisher"]
    licence = str(config["licence"]["path"])
    site_url = str(config.get("site_url") or "")
    base = f" xml:base={quoteattr(site_url.rstrip('/') + '/data/katalog.rdf')}" if site_url else ""
    agent = publisher_iri(config)
    email = publisher.get("email")
    newest = catalogue.newest_date
    datasets: list[str] = []
    body: list[str] = []
    for parts, title, reports in data.listings():
        if parts[0] == "organisationer":
            continue  # thousands of small sets: they are on the site, not in the catalogue
        name = "-".join(parts)
        iri = f"katalog.rdf#dataset-{name}"
        datasets.append(iri)
        body.append(f"  <dcat:Dataset rdf:about={quoteattr(iri)}>\n")
        body.append(_text("dcterms:title", title))
        body.append(_text("dcterms:description", f"{title}: en rad per slutrapport om ett idéburet offentligt partnerskap "
                                                 f"(IOP), med stadsdel, organisation, perioder, belopp och måluppfyllelse. "
                                                 f"Rapporterna är allmänna handlingar."))
        body.append(_text("dcterms:identifier", str(uuid.uuid5(NAMESPACE, name)), None))
        body.append(_ref("dcterms:publisher", agent))
        if email:
            body.append(_ref("dcat:contactPoint", "katalog.rdf#kontakt"))
        body.append(_ref("dcat:theme", EU + "data-theme/SOCI"))
        body.append(_ref("dcat:theme", EU + "data-theme/GOVE"))
        body.append(_text("dcat:keyword", "idéburet offentligt partnerskap"))
        body.append(_text("dcat:keyword", "slutrapport"))
        body.append(_ref("dcterms:language", EU + "language/SWE"))
        body.append(_ref("dcterms:accessRights", EU + "access-right/PUBLIC"))
        body.append(_ref("dcterms:accrualPeriodicity", EU + "frequency/IRREG"))
        body.append(_ref("dcat:landingPage", "../oppna-data/"))
        dates = [r.latest_date for r in reports if r.latest_date]
        if dates:
            body.append(_date("dcterms:modified", max(dates).isoformat()))
        distributions = ["/".join(parts) + f".{suffix}" for suffix in MEDIA]  # beside the catalogue, in data/
        for path in distributions:
            body.append(_ref("dcat:distribution", f"{path}#distribution"))
        body.append("  </dcat:Dataset>\n")
        for path in distributions:
            suffix = path.rsplit(".", 1)[1]
            body.append(f"  <dcat:Distribution rdf:about={quoteattr(path + '#distribution')}>\n")
            body.append(_text("dcterms:title", f"{title} ({suffix.upper()})"))
            body.append(_ref("dcat:accessURL", path))
            body.append(_ref("dcat:downloadURL", path))
            body.append(_text("dcterms:format", MEDIA[suffix], None))
            body.append(_ref("dcat:mediaType", IANA + MEDIA[suffix]))
            body.append(_ref("dcterms:license", licence))
            body.append(_ref("dcatap:availability", EU + "planned-availability/STABLE"))
            if sizes and f"data/{path}" in sizes:
                body.append(f'    <dcat:byteSize rdf:datatype="http://www.w3.org/2001/XMLSchema#nonNegativeInteger">'
                            f'{sizes[f"data/{path}"]}</dcat:byteSize>\n')
            if suffix == "csv":
                body.append(_ref("dcterms:conformsTo", "datapackage.json"))
            body.append("  </dcat:Distribution>\n")
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcterms="http://purl.org/dc/terms/"\n'
        '    xmlns:dcat="http://www.w3.org/ns/dcat#" xmlns:dcatap="http://data.europa.eu/r5r/"\n'
        f'    xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:vcard="http://www.w3.org/2006/vcard/ns#"{base}>\n',
        '  <dcat:Catalog rdf:about="katalog.rdf">\n',
        _text("dcterms:title", "Slutrapporter från idéburna offentliga partnerskap (IOP)"),
        _text("dcterms:description", f"Öppna data om de slutrapporter som stadsdelsnämnderna i {publisher['name']} har "
                                     "fått om sina idéburna offentliga partnerskap med föreningar och andra "
                                     "idéburna organisationer."),
        _ref("dcterms:publisher", agent),
        _ref("dcterms:license", CC0),
        _ref("dcterms:language", EU + "language/SWE"),
        _ref("foaf:homepage", "../"),
        _ref("dcat:themeTaxonomy", EU + "data-theme"),
        *([_date("dcterms:modified", newest.isoformat())] if newest else []),
        *[_ref("dcat:dataset", iri) for iri in datasets],
        "  </dcat:Catalog>\n",
        f"  <foaf:Agent rdf:about={quoteattr(agent)}>\n",
        _text("foaf:name", str(publisher["name"])),
        _ref("dcterms:type", "http://purl.org/adms/publishertype/LocalAuthority"),
        "  </foaf:Agent>\n",
    ]
    if email:
        head += ['  <vcard:Organization rdf:about="katalog.rdf#kontakt">\n',
                 _text("vcard:fn", str(publisher["name"]), None),
                 _ref("vcard:hasEmail", f"mailto:{email}"),
                 "  </vcard:Organization>\n"]
    return "".join(head + body) + "</rdf:RDF>\n"
