"""Which program a sentence speaks of: :func:`subject_of` (the program it names, or the one the
document is about, or the one a scene opened with), the programs a span names, the nearest to a clause, and
whether what stands before a verb is the program at work ("The model relies on", "Volunteers deliver").

Every family states its facts of a sentence's subject; finding the programs (:mod:`.program_names`) comes first.
"""

import re

from ickg.extract.regex import lazy_compile
from ickg.extract.statements.context import _mentions_of, _named_in
from ickg.extract.statements.cues import _spans_in
from ickg.extract.statements.patterns import _PROGRAM_KIND
from ickg.extract.statements.phrases import _words


def programs_in(ctx, start, end):
    """The programs text[start:end] names, but not one it names as what another is modelled on
    ("Based on the Chronic Care Model, the programme ...": the sentence is the programme's)."""
    found = [p for p in ctx.programs if _named_in(ctx.text, p, start, end, ctx)]
    if found and ("ased" in ctx.text[start:end] or "ike" in ctx.text[start:end] or "odel" in ctx.text[start:end]):
        found = [p for p in found if not all(_MODELLED_ON.search(ctx.text, max(start, s - 24), s)
                                             for s, _ in _spans_in(_mentions_of(ctx, p), start, end))]
    return found


def nearest_program(ctx, start, end, at, subject):
    """The program a phrase at ``at`` belongs to: of the programs the sentence names before it, the
    last ("HealthPathways, ..., and CREST, which supports frail older people": CREST's)."""
    before = [(s_, p) for p in programs_in(ctx, start, end) for s_, _ in _mentions_of(ctx, p) if start <= s_ < at]
    return max(before, key=lambda x: x[0])[1] if before else subject


_SCENE = lazy_compile(r"(?:In[ ][A-Z][\w\-]*(?:[ ][A-Z][\w\-]*)*(?:,[ ][^,]{1,30})?,[ ])?(?:[Tt]he[ ])?")


def _opening_program(ctx, start, end):
    """The program a sentence opens with as its grammatical subject, after a scene-setting "In
    <place>," ("In Sutton, south London, the X vanguard gives ...": X), or None. A sentence that
    names no program and follows it in the same paragraph goes on about that program."""
    at = _SCENE.match(ctx.text, start, end).end()
    if ctx.program_at is None or ctx.program_at[0] is not ctx.programs:
        first = {}                       # one table per document, not a walk of every program's spans per sentence
        for p in ctx.programs:
            for s, _ in _mentions_of(ctx, p):
                first.setdefault(s, p)
        ctx.program_at = (ctx.programs, first)
    return ctx.program_at[1].get(at)


def subject_of(ctx, start, end):
    """The program a sentence speaks of: one it names (the first), else one it opens by calling by its
    head noun ("The agreements improved ..." of "health care agreements"), else the focal program."""
    named = programs_in(ctx, start, end)
    if named:
        def at(p):                       # where the sentence first names p (the spans are sorted)
            inside = _spans_in(_mentions_of(ctx, p), start, end)
            return inside[0][0] if inside else end
        first = min(named, key=at)
        if ctx.focal is not None and first is not ctx.focal and ctx.focal not in named and \
                ctx.text.startswith(("et up ", "ounded ", "stablished ", "reated ", "aunched ", "tarted ", "ntroduced "),
                                    start + 1):
            by = _FOUNDER_OPENING.match(ctx.text, start, end)
            if by is not None and by.end() == at(first) and _KIND_AFTER_FOUNDER.match(
                    ctx.text, at(first) + len(ctx.text[at(first):end].split(",", 1)[0])):
                return ctx.focal         # "Set up in 2010 by the Health Board, the network ...": the network's
        if ctx.focal is not None and first is not ctx.focal and ctx.focal not in named and \
                _FOCAL_REFERENCE.search(ctx.text, start, at(first)):
            return ctx.focal             # "It was started by ..., and it is funded by the Innovation Fund": its own
        return first
    opening = _OPENING_HEAD.match(ctx.text, start, end)
    if opening and len(ctx.programs) > 1:
        head = opening.group(1).lower()
        stem = head[:-1] if head.endswith("s") else head
        called = [p for p in ctx.programs if p is not ctx.focal and p.name.split()[-1].lower() in (stem, stem + "s")
                  and _words(p.name) >= 2]
        if len(called) == 1 and not (ctx.focal and any(x.split()[-1].lower() in (stem, stem + "s")
                                                        for x in (ctx.focal.name, *ctx.focal.aliases) if x)):
            return called[0]
    return ctx.focal


# A sentence that speaks of the focal program by a pronoun or a program word before it names another
# program: "It is funded by the federal Innovation Fund", "Doctors say the network has helped".
_FOCAL_REFERENCE = lazy_compile(r"(?<![\w,;] )(?<![\w])(?:It|They)[ ]|\b(?:[Tt]he|[Tt]his|[Ii]ts)[ ](?:[a-z\-]+[ ]){0,2}?(?:network|programme|framework|"
                                r"program|model|scheme|pilot|initiative|project|partnership|service|strategy)[ ]"
                                r"(?:(?:has|have|had|is|are|was|were|also|now|still)[ ])*(?!of[ ])[a-z]+(?:ed|s)\b")
# A sentence that opens on who founded its subject, and names the subject after a comma by a program word: "Set
# up in 2010 by the Northland District Health Board, the network links ..." is the network's, not the board's.
# (A participle's capital is lowered before the rules: see reading.find_statements.)
_FOUNDER_OPENING = lazy_compile(r"(?:set[ ]up|founded|established|created|launched|started|introduced)[ ]"
                                r"(?:in[ ](?:(?:early|late|mid-)[ ]?)?(?:\d{1,2}[ ])?(?:[A-Z][a-z]+[ ])?(?:19|20)\d\d[ ])?"
                                r"by[ ](?:the[ ])?")
_KIND_AFTER_FOUNDER = lazy_compile(r",[ ](?:the|its|this)[ ](?:[a-z\-]+[ ]){0,2}?" + _PROGRAM_KIND)
_MODELLED_ON = lazy_compile(r"\b(?:[Bb]ased|[Bb]uilt|[Bb]uilding|[Dd]rawing|[Mm]odell?ed|[Pp]atterned|[Ii]nspired)[ ](?:on|upon|by)"
                            r"[ ](?:the[ ])?$|\b(?:[Uu]nlike|[Ll]ike)[ ](?:the[ ])?$")
_OPENING_HEAD = lazy_compile(r"(?:The|These|Each|Every)[ ]([a-z]+)[ ]")


def _program_by_head(ctx, phrase):
    """The program a phrase calls by its head noun ("Each county", "Counties", "the communities" of
    "wellbeing services counties"), or None."""
    words = re.sub(r"^(?:(?:[Ee]ach|[Ee]very|[Tt]he|[Tt]hese|[Aa]ll|[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal)[ ])+", "",
                   phrase.strip()).lower().split()
    if len(words) != 1:
        return None
    word = words[0]
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    for p in ctx.programs:
        last = p.name.split()[-1].lower()
        last_stem = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else last
        if _words(p.name) >= 2 and stem == last_stem and len(stem) >= 4:
            return p
    return None


_PROGRAM_WORDS = lazy_compile(r"\b(?:model|frameworks?|programmes?|programs?|initiatives?|interventions?|approach|schemes?|pilots?|networks?|partnerships?|"
                              r"teams?|homes|services?|system|strategy|plan|it|they|each|which|its[ ]\w+|"
                              r"(?:her|his|their)[ ](?:work|role|job|remit|duties))\b", re.I)


_STAFF_SUBJECT = lazy_compile(r"\s*(?:(?:The|the|Its|its|Their|their|Each|each|Trained|trained)[ ])?(?:[\w\-]+[ ]){0,2}?"
                              r"(?:volunteers|nurses?|care[ ]managers?|case[ ]managers?|coordinators?|coaches|navigators?|"
                              r"teams?|staff|specialists?|workers|pharmacists|therapists|psychiatrists?|practitioners|"
                              r"physicians|doctors|GPs)[ ](?:also[ ]|then[ ]|usually[ ])?", re.I)


# The providers a program designates or enrols, as the subject of what they offer.
_PARTICIPANTS = lazy_compile(r"\s*(?:(?:The|the|Each|each|Every|every|All|all)[ ])?(?:[Dd]esignated|[Pp]articipating|[Ee]nrolled|"
                             r"[Cc]ertified|[Aa]ccredited|[Rr]ecogni[sz]ed|[Cc]ontracted|[Ss]elected|[Aa]pproved|[Pp]ilot)[ ]"
                             r"(?:[\w\-]+[ ])?(?:practices?|clinics?|sites?|teams?|providers?|hospitals?|centres?|centers?|"
                             r"homes?)[ ](?:also[ ]|then[ ]|now[ ]|must[ ]|will[ ])?")


# The units a program is made of, as a sentence's whole subject: "Practices offer A, B and C", "Each unit
# provides ...", in a document about the program, are the program at work.
_PROVIDER_UNITS = lazy_compile(r"\s*(?:(?:The|Each|Every|All|Its|Their|Our|Member)[ ])?(?:[Pp]ractices|[Cc]linics|[Uu]nits|[Cc]entres|"
                               r"[Cc]enters|[Ss]ites|[Hh]ubs|[Gg]roups|[Pp]ractice|[Cc]linic|[Uu]nit|[Cc]entre|[Cc]enter|[Ss]ite|[Hh]ub)[ ]"
                               r"(?:also[ ]|then[ ]|now[ ]|must[ ]|will[ ]|typically[ ]|usually[ ]|all[ ])?")


def _about_program(ctx, start, verb_at):
    """True when what comes before the verb of a list (in its clause) is the program: named, or a
    program word ("The model relies on", "Health homes provided", "Each PHN will have")."""
    clause = max(ctx.text.rfind(", ", start, verb_at), ctx.text.rfind("; ", start, verb_at), start)
    if any(clause <= s < verb_at for p in ctx.programs for s, _ in _mentions_of(ctx, p)):
        return True
    if _STAFF_SUBJECT.fullmatch(ctx.text, clause, verb_at) or _PARTICIPANTS.fullmatch(ctx.text, clause, verb_at) or (
            clause == start and _PROVIDER_UNITS.fullmatch(ctx.text, clause, verb_at)):
        return True                       # "Volunteers deliver ...", "The care manager offers ...": its staff at work;
        #                                   "Designated practices offer ...": the providers it designates
    if re.fullmatch(r"[,;]?[ ]*which[ ](?:also[ ])?", ctx.text[clause:verb_at]) and clause > start:
        # "X set up centers, which employ A, B and C": which is the centers unless a program ends right there
        return any(clause - 2 <= e <= clause + 1 for p in ctx.programs for _, e in _mentions_of(ctx, p))
    return bool(_PROGRAM_WORDS.search(ctx.text, clause, verb_at)) and not re.search(
        r"\b(?:priorities|objectives|aims|goals|outcomes|results|findings|barriers|studies|we|patients|clinicians)\b",
        ctx.text[clause:verb_at], re.I)
