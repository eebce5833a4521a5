"""A list in a report's text: shown as a list, a numbered one with the document's own numbers."""
import pytest

from generator.content.lists import gathered, list_of
from generator.site.quotes import Marker, Quote


def test_points_after_a_sign_are_a_list_under_their_lead_in_and_a_line_without_a_sign_goes_on_with_its_point():
    found = list_of("Verksamheten har bestått av:\n▪ sittgympa\n▪ sångstunder med\n  dragspel\n▪ föreläsningar")
    assert found and found.lead == "Verksamheten har bestått av:" and not found.numbered
    assert found.points == [("▪", "sittgympa"), ("▪", "sångstunder med dragspel"), ("▪", "föreläsningar")]
    numbered = list_of("1. Språkcaféerna ska hålla öppet.\n   Bedömning: Uppfyllt.\n2. Minst 40 kvinnor ska delta.")
    assert numbered and numbered.numbered and numbered.points[0] == ("1.", "Språkcaféerna ska hålla öppet. Bedömning: Uppfyllt.")
    assert list_of("a)\tVuxna ska få stöd\nb)\tBarn ska få läxhjälp").points == [  # type: ignore[union-attr]
        ("a)", "Vuxna ska få stöd"), ("b)", "Barn ska få läxhjälp")]
    # Another sign under the points is part of the point above it (a point's own points).
    assert list_of("1. Mål ett\n- delmål\n2. Mål två").points == [("1.", "Mål ett - delmål"), ("2.", "Mål två")]  # type: ignore[union-attr]


@pytest.mark.parametrize("block", [
    "Bidraget betalades ut\nkvartalsvis.",
    "• bara en punkt\nsom fortsätter här",  # one point is no list
    "Förvaltningen föreslår att nämnden\n1. godkänner rapporten\n3. lägger den till handlingarna",  # not in order
    "Se s. 12 i bilagan.\nb) nämns inte först",  # a letter that does not begin at a
    "Läxhjälpen pågick\n2021. Året efter\n2022. fortsatte den",  # years that end a sentence
])
def test_anything_else_is_running_text(block: str):
    assert list_of(block) is None


def test_a_list_is_marked_up_as_one_and_its_quotes_where_they_stand():
    html = str(Marker([Quote("belopp-1", "▪ sångstunder"), Quote("resultat-1", "40 kvinnor"),
                       Quote("utmaning-1", "av: ▪ sittgympa")]).block(
        "Verksamheten har bestått av:\n▪ sittgympa\n▪ sångstunder\n▪ 40 kvinnor i samtalsgrupper"))
    assert html == ('<span id="utmaning-1"></span>\n'  # across the lead-in and a point: where the list begins
                    '<p>Verksamheten har bestått av:</p>\n<ul class="iop-text-list">\n<li>sittgympa</li>\n'
                    '<li class="iop-quote" id="belopp-1">sångstunder</li>\n'
                    '<li><span class="iop-quote" id="resultat-1">40 kvinnor</span> i samtalsgrupper</li>\n</ul>')
    numbered = str(Marker([]).block("1. Bakgrund <b>\n2. Syfte & mål"))
    assert numbered == ('<ol class="iop-text-list" role="list">\n<li>1. Bakgrund &lt;b&gt;</li>\n'
                        '<li>2. Syfte &amp; mål</li>\n</ol>')


def test_a_quote_of_a_points_sign_and_first_words_marks_those_words_only():
    html = str(Marker([Quote("belopp-1", "• 40 000 kr")]).block(
        "• 40 000 kr 2021, och ytterligare 900 000 kr från regionen\n• 50 000 kr 2022"))
    assert '<li><span class="iop-quote" id="belopp-1">40 000 kr</span> 2021, och ytterligare 900 000 kr' in html


def test_a_sentence_of_its_own_after_the_last_point_ends_the_list():
    found = list_of("Nämnden har bidragit med:\n– 420 000 kronor för läsåret 2021/22\n– 460 000 kronor för läsåret\n"
                    "  2022/23 (15 juni 2024)\nTotalt har nämnden alltså bidragit med 880 000 kronor.")
    assert found and found.points[-1] == ("–", "460 000 kronor för läsåret 2022/23 (15 juni 2024)")
    assert found.tail == "Totalt har nämnden alltså bidragit med 880 000 kronor."
    assert str(Marker([]).block("• a\n• b\nSedan slutade det.")).endswith("</ul>\n<p>Sedan slutade det.</p>")
    # A time's dash is no point: "kl. 15" over "- 18 på fredagar".
    assert list_of("Caféet har öppet kl. 15\n- 18 på fredagar och kl. 12\n- 16 på lördagar.") is None


@pytest.mark.parametrize("block, points", [
    ("(1) Barn\n(2) Vuxna", [("(1)", "Barn"), ("(2)", "Vuxna")]),
    ("i) Läxhjälp\nii) Språkcafé\niii) Föräldraträffar", [("i)", "Läxhjälp"), ("ii)", "Språkcafé"), ("iii)", "Föräldraträffar")]),
    ("I. Bakgrund\nII. Resultat", [("I.", "Bakgrund"), ("II.", "Resultat")]),
    ("A. Mål för barn\nB. Mål för vuxna", [("A.", "Mål för barn"), ("B.", "Mål för vuxna")]),
    # After "h)", "i)" is the ninth letter, not a roman one.
    ("\n".join(f"{c}) punkt" for c in "abcdefghij"), [(f"{c})", "punkt") for c in "abcdefghij"]),
    ("✓ Läxhjälp\n✓ Simskola", [("✓", "Läxhjälp"), ("✓", "Simskola")]),
    ("→ fler besök\n→ fler volontärer", [("→", "fler besök"), ("→", "fler volontärer")]),
    ("☐ Öppen verksamhet\n☐ Kollo", [("☐", "Öppen verksamhet"), ("☐", "Kollo")]),
    ("\uf0b7 läxhjälp\n\uf0b7 språkcafé", [("\uf0b7", "läxhjälp"), ("\uf0b7", "språkcafé")]),
    ("Aktiviteter:\no läxhjälp\no språkcafé", [("o", "läxhjälp"), ("o", "språkcafé")]),
])
def test_other_signs_brackets_roman_numerals_and_capitals_are_points(block: str, points: list[tuple[str, str]]):
    found = list_of(block)
    assert found and found.points == points


@pytest.mark.parametrize("block", [
    "(1. Barn\n(2. Vuxna",  # a bracket opened, never closed
    "i) Läxhjälp\nb) Språkcafé",  # roman, then a letter
    "1) Läxhjälp\n2. Språkcafé",  # numbers written two ways
    "o\nsom i ordet",  # a lone "o" before no word
])
def test_points_written_two_ways_are_no_list(block: str):
    assert list_of(block) is None


def test_points_in_paragraphs_of_their_own_are_one_list():
    blocks = ["Verksamheten har bestått av:", "• läxhjälp två dagar\ni veckan", "• språkcafé", "• simskola",
              "Det har gått bra.", "1. Barn", "2. Vuxna", "3. Äldre", "Sist.", "– en replik", "Slut."]
    assert gathered(blocks) == ["Verksamheten har bestått av:", "• läxhjälp två dagar\ni veckan\n• språkcafé\n• simskola",
                                "Det har gått bra.", "1. Barn\n2. Vuxna\n3. Äldre", "Sist.", "– en replik", "Slut."]
    # The first point may stand under its lead-in, in one paragraph.
    assert gathered(["Vi har haft:\n• läxhjälp", "• simskola", "• kollo"]) == ["Vi har haft:\n• läxhjälp\n• simskola\n• kollo"]
    # Neither signs of two kinds, nor numbers out of order, nor a paragraph that is a list already.
    assert gathered(["• a", "– b"]) == ["• a", "– b"]
    assert gathered(["1. a", "3. b"]) == ["1. a", "3. b"]
    assert gathered(["• a\n• b", "• c"]) == ["• a\n• b", "• c"]
    # Nor Word's points under points, nor paragraphs the list would not read as points (a time's span), nor tables
    # whose captions are numbered, nor dialogue.
    nested = ["• Läxhjälp", "o matematik", "o svenska", "• Simskola", "• Kollo"]
    assert gathered(nested) == nested
    assert gathered(["– Öppet tisdagar\nfrån kl. 15", "– 20 barn kommer."]) == ["– Öppet tisdagar\nfrån kl. 15", "– 20 barn kommer."]
    tables = ["1. Bidrag per år\nÅr\tBidrag (kr)\n2021\t100 000", "2. Egen insats\nÅr\tTimmar\n2021\t300"]
    assert gathered(tables) == tables
    said = ["– Det var kul, säger Anna.", "– Ja, verkligen, svarar Erik."]
    assert gathered(said) == said and list_of("\n".join(said)) is None
    html = str(Marker([Quote("belopp-1", "språkcafé")]).blocks(["Vi har haft:", "– läxhjälp", "– språkcafé"]))
    assert html == ('<p>Vi har haft:</p>\n<ul class="iop-text-list iop-sign-dash">\n<li>läxhjälp</li>\n'
                    '<li><span class="iop-quote" id="belopp-1">språkcafé</span></li>\n</ul>')


def test_a_sentence_under_every_point_goes_on_with_the_last_point_too():
    found = list_of("1. Minst 80 deltagare.\nBedömning: Uppfyllt.\n2. Minst 40 volontärer.\nBedömning: Delvis uppfyllt.")
    assert found and found.points[-1] == ("2.", "Minst 40 volontärer. Bedömning: Delvis uppfyllt.") and not found.tail
    gathered_goals = gathered(["1. Minst 80 deltagare.\nBedömning: Uppfyllt.", "2. Minst 40 volontärer.\nBedömning: Nej."])
    assert list_of(gathered_goals[0]).points[-1] == ("2.", "Minst 40 volontärer. Bedömning: Nej.")  # type: ignore[union-attr]


def test_boxes_and_notes_keep_their_own_marks_and_a_sentence_after_the_list_ends_it():
    boxes = list_of("☑ Läxhjälp\n☐ Simskola\n☑ Kollo")
    assert boxes and boxes.marked and not boxes.numbered
    assert boxes.points == [("☑", "Läxhjälp"), ("☐", "Simskola"), ("☑", "Kollo")]
    assert str(Marker([]).block("☑ Läxhjälp\n☐ Simskola")) == (
        '<ul class="iop-text-list iop-marked" role="list">\n<li>☑ Läxhjälp</li>\n<li>☐ Simskola</li>\n</ul>')
    notes = list_of("* Avser sept–dec 2020.\n* Exklusive moms.")
    assert notes and notes.marked
    # A wrapped name under one point is no sentence under every point: the last sentence still ends the list.
    found = list_of("Vi har haft:\n• läxhjälp i samarbete med\nRöda Korset\n• simskola\nTotalt deltog 40 barn.")
    assert found and found.points[-1] == ("•", "simskola") and found.tail == "Totalt deltog 40 barn."
    # Word's "o" before any point, roman numerals past ten, and capitals only after capitals.
    assert list_of("o läxhjälp\no 12 språkcaféer\no ”Sommarlov”").points[1] == ("o", "12 språkcaféer")  # type: ignore[union-attr]
    assert len(list_of("\n".join(f"{r}) punkt" for r in "i ii iii iv v vi vii viii ix x xi xii".split())).points) == 12  # type: ignore[union-attr]
    assert list_of("I. Bakgrund\nii. Resultat") is None


def test_a_checklist_of_ticks_and_crosses_keeps_each_points_mark():
    """Done or not is the point's meaning: a cross is never folded into the tick above it, nor drawn as a bullet."""
    found = list_of("✓ Läxhjälp fyra dagar i veckan\n✗ Sommarläger\n✓ Föräldraträffar")
    assert found and found.marked and found.points == [
        ("✓", "Läxhjälp fyra dagar i veckan"), ("✗", "Sommarläger"), ("✓", "Föräldraträffar")]
    html = str(Marker([]).block("✓ Läxhjälp\n✗ Sommarläger"))
    assert html == ('<ul class="iop-text-list iop-marked" role="list">\n<li>✓ Läxhjälp</li>\n'
                    '<li>✗ Sommarläger</li>\n</ul>')
