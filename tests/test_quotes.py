"""Every rule quotes the exact words of its own source.

A quote may join exact fragments with " … "; each fragment must appear in the quoted text of
the section of the fact sheet (``docs/sources/domain-facts.md``), of the state laws
(``docs/sources/state-laws.md``) or of the seed page that holds *that rule's* source, allowing
only for typography: curly quotes and apostrophes, and line breaks or bullets where the source
sets a list on separate lines. A quote attributed to the wrong document therefore fails, even
when its words are quoted elsewhere. In the state laws, only passages read in the law itself
(VERIFIED) count: a summary (SECONDARY) or unread text (UNVERIFIED) is never a rule's words.
"""

import re
from pathlib import Path

import pytest

from sro_domain import RULES, SOURCES, ProgramGoal, Rule, Source, SourceKind

SOURCES_DIR = Path(__file__).resolve().parent.parent / "docs" / "sources"
FACT_SHEET = (SOURCES_DIR / "domain-facts.md").read_text(encoding="utf-8")
SEED = (SOURCES_DIR / "seed-center-for-safer-schools.txt").read_text(encoding="utf-8")
STATE_LAWS = (SOURCES_DIR / "state-laws.md").read_text(encoding="utf-8")

# Where each source's words are set down: the fact sheet's section headings (their opening
# words), a row of a table in one ("heading | first cell"), the state laws' headings
# ("state-laws: heading"), or the seed page. A source a rule cites must be listed here.
SECTIONS: dict[str, tuple[str, ...]] = {
    "usc-34-10389-4": ("## 1. Federal statutory definition",),
    "usc-34-10389-1": ("## 1. Federal statutory definition",),
    "nc-dpi-css-sro": ("seed", "## 4. North Carolina Center for Safer Schools"),
    "nasro-faq": ("### 3.1 Definition and roles", "### 3.2 The 40-hour recommendation"),
    "nasro-2015-discipline-statement": ("### 3.5 Position statement",),
    # The release of 2019-09-27 is quoted in 3.4 (the Basic course) and 3.6.
    "nasro-2019-school-rules-release": ("### 3.6 Press release", "### 3.4 The 40-hour Basic"),
    "ncgs-115c-105-58": ("### 5.1 N.C.G.S. § 115C-105.58",),
    "ncgs-115c-105-58-a": ("### 5.1 N.C.G.S. § 115C-105.58",),
    "ncac-sro-certification-training": ("### 5.2 12 NCAC 09B .0313",),
    "ncac-sro-definition": ("### 5.2 12 NCAC 09B .0313",),
    "ncac-sro-general-certification": ("### 5.2 12 NCAC 09B .0313",),
    "ncac-sro-basic-course": ("### 5.2 12 NCAC 09B .0313",),
    "cops-chp-application-sro": ("### 6.1 COPS Hiring Program",),
    "cops-chp-2020-special-conditions": ("### 6.2 CHP award special conditions",),
    "utah-53g-8-701-7": ("## 8. Other state statutory definitions | Utah",),
    "orc-3313-951-a-3": ("state-laws: ### 10. Other statutes found along the way",),
    "orc-3313-951-b": ("state-laws: ### 10. Other statutes found along the way",),
    "pa-24-ps-13-1301-c": ("state-laws: ### 5. Pennsylvania",),
    "pa-24-ps-13-1313-c": ("state-laws: ### 5. Pennsylvania",),
    "tex-educ-37-0021-h": ("## 8. Other state statutory definitions | Texas",),
    "tex-occ-1701-001-4": ("state-laws: #### 1.5 Occ. Code § 1701.001",),
    "tex-occ-1701-263": ("state-laws: #### 1.3 Occ. Code § 1701.263",),
    "fla-stat-1006-12-1": ("state-laws: ### 2. Florida",),
    "va-code-9-1-101-sro": ("state-laws: ### 7. Virginia",),
    "va-code-22-1-280-2-3": ("state-laws: ### 7. Virginia",),
    "ilcs-105-5-10-20-68-a": ("state-laws: ### 4. Illinois",),
    "ilcs-105-5-10-20-68-b": ("state-laws: ### 4. Illinois",),
    "ilcs-105-5-10-20-68-a-5": ("state-laws: ### 4. Illinois",),
    "ic-20-26-18-2-1": ("state-laws: ### 3. Indiana",),
    "ic-20-26-18-2-2-b": ("state-laws: ### 3. Indiana",),
    "md-educ-7-1501-j": ("state-laws: ### 8. Maryland",),
    "comar-14-40-04-03": ("state-laws: ### 8. Maryland",),
}


def _normalise(text: str) -> str:
    table: dict[str, str | int | None] = {
        "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2022": " ", "\u00a0": " "
    }  # fmt: skip
    text = text.translate(str.maketrans(table))
    text = re.sub(r"\[nested sub-bullets in source:\]", " ", text)
    return re.sub(r"\s+", " ", text)


def _body(text: str, heading: str) -> str:
    """The lines of ``text`` under ``heading``, up to the next heading of its level or higher."""
    start = text.index(f"\n{heading}")
    level = heading.split(" ", maxsplit=1)[0]
    rest = text[start + 1 :]
    ends = [m.start() for m in re.finditer(rf"\n#{{1,{len(level)}}} ", rest)]
    return rest[: ends[0]] if ends else rest


def _quoted(body: str) -> str:
    """The quoted lines (``> …``) of ``body``, without their marks."""
    quoted = [line for line in body.splitlines() if line.lstrip().startswith(">")]
    return "\n".join(re.sub(r"^\s*>\s?", "", line) for line in quoted)


_STATUS = re.compile(r"UNVERIFIED|SECONDARY|VERIFIED")


def verified_quotes(body: str) -> str:
    """The quoted lines of a state-laws section that follow a VERIFIED mark.

    Each line outside a quotation that names a status sets it for the quotations after it (the
    last mark on the line wins); a section starts as its heading says, VERIFIED unless marked.
    """
    heading, *lines = body.splitlines()
    marks = _STATUS.findall(heading)
    verified = not marks or marks[-1] == "VERIFIED"
    kept = []
    for line in lines:
        if line.lstrip().startswith(">"):
            if verified:
                kept.append(re.sub(r"^\s*>\s?", "", line))
            continue
        marks = _STATUS.findall(line)
        if marks:
            verified = marks[-1] == "VERIFIED"
    return "\n".join(kept)


def _row(body: str, first_cell: str) -> str:
    """The quoted words of the key-text cell of the table row whose first cell is ``first_cell``.

    A cell that opens with a quotation is quoted whole; otherwise only the words in quotation
    marks count, so a summary around them is never taken for the law's words.
    """
    rows = [line for line in body.splitlines() if line.startswith(f"| {first_cell} |")]
    assert len(rows) == 1, f"one table row for {first_cell!r}, found {len(rows)}"
    cell = rows[0].split(" | ")[2].strip()
    if cell.startswith('""'):
        return cell[1:-1]
    return "\n".join(re.findall(r'"([^"]+)"', cell))


def _section(part: str) -> str:
    if part == "seed":
        return SEED
    if part.startswith("state-laws: "):
        return verified_quotes(_body(STATE_LAWS, part.removeprefix("state-laws: ")))
    heading, _, first_cell = part.partition(" | ")
    body = _body(FACT_SHEET, heading)
    return _row(body, first_cell) if first_cell else _quoted(body)


def words_of(source: Source) -> str:
    """Every word the fact sheet, the state laws or the seed quotes from ``source``, normalised."""
    return _normalise("\n".join(_section(part) for part in SECTIONS[source.id]))


def _cited() -> list[Source]:
    cited = {rule.source.id: rule.source for rule in RULES.values()}
    cited |= {goal.source.id: goal.source for goal in ProgramGoal}
    return list(cited.values())


@pytest.mark.parametrize("source", _cited(), ids=lambda source: source.id)
def test_every_cited_source_has_its_section(source: Source) -> None:
    assert source.id in SECTIONS, (
        f"{source.id} is cited but tests/test_quotes.py SECTIONS does not say where its words "
        "are: add the section of docs/sources/domain-facts.md or state-laws.md that quotes it"
    )
    assert words_of(source).strip(), f"no quoted text under {SECTIONS[source.id]}"


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_every_fragment_of_every_quote_is_in_its_own_source(rule: Rule) -> None:
    words = words_of(rule.source)
    for fragment in rule.quote.split(" … "):
        assert _normalise(fragment).strip() in words, (rule.source.id, fragment)


@pytest.mark.parametrize("goal", list(ProgramGoal), ids=[g.name for g in ProgramGoal])
def test_program_goals_quote_their_source(goal: ProgramGoal) -> None:
    assert _normalise(goal.text) in words_of(goal.source)


def test_a_paraphrase_fails() -> None:
    assert _normalise("Officers should have three years of experience") not in words_of(
        SOURCES["nasro-faq"]
    )


def test_a_quote_attributed_to_the_wrong_document_fails() -> None:
    """The 2015 statement's MOU clause is not the FAQ's, though both are NASRO's words."""
    clause = RULES["nasro.mou.prohibits_formal_discipline"].quote
    assert _normalise(clause) in words_of(SOURCES["nasro-2015-discipline-statement"])
    assert _normalise(clause) not in words_of(SOURCES["nasro-faq"])
    elsewhere = Source(id="cops-chp-application-sro", title="x", authority="x", citation="x",
                       kind=SourceKind.GRANT_CONDITION, binding=True)  # fmt: skip
    assert _normalise(clause) not in words_of(elsewhere)


def test_a_summary_in_the_state_laws_is_never_a_rule_s_words() -> None:
    """Texas's SB 1707 bill summary is marked SECONDARY: it is left out of § 37.081's words."""
    body = _body(STATE_LAWS, "#### 1.1 Educ. Code § 37.081")
    summary = "The bill prohibits a district from assigning or requiring as part of those duties"
    assert summary in _quoted(body)
    assert summary not in verified_quotes(body)
    assert "enter into a memorandum of understanding with a local law enforcement agency" in (
        verified_quotes(body)
    )


def test_a_section_marked_unverified_in_its_heading_quotes_nothing() -> None:
    """Texas's § 1701.601: "statute text UNVERIFIED"; the summaries under it are not its words."""
    body = _body(STATE_LAWS, "#### 1.4 Occ. Code § 1701.601")
    assert "Senate Bill 1191 amends the definition" in _quoted(body)
    assert verified_quotes(body) == ""


def test_a_table_row_quotes_only_the_words_in_quotation_marks() -> None:
    """Texas's row paraphrases around its quotations: "a peace officer who" is not the law's."""
    words = _row(_body(FACT_SHEET, "## 8. Other state statutory definitions"), "Texas")
    assert "provides, as a school resource officer, a regular police presence" in words
    assert "a peace officer who" not in words
