"""Reading a document sentence by sentence: :func:`find_statements` names each sentence's role from its
cues and hands it to the rules of each family, in an order the rules rely on (a founding sentence's places
first), then the rules of the whole document. This module imports every family; none imports it.
"""

from ickg.extract.regex import lazy_compile
from ickg.extract.statements.barriers import (rule_barrier, rule_barrier_named, rule_enabler, rule_hindered,
                                              rule_listed_barriers, rule_mitigation)
from ickg.extract.statements.components import (rule_activities, rule_heading_items, rule_list_siblings,
                                                rule_made_parts, rule_parts, rule_planned_parts, rule_roles,
                                                rule_section_barriers, rule_staff_actions, rule_team,
                                                without_inner_components)
from ickg.extract.statements.concepts import rule_concepts
from ickg.extract.statements.confidence import set_confidence
from ickg.extract.statements.context import Context
from ickg.extract.statements.cues import _BARRIER_CUES, _GOAL_CUES, _OUTCOME_VERBS, _STUDY_SENTENCE, cue, words_of
from ickg.extract.statements.funding import rule_funded
from ickg.extract.statements.goals import rule_goal, rule_purpose, rule_targets
from ickg.extract.statements.hedges import _MODALS
from ickg.extract.statements.organizations import (rule_actors, rule_joiners, rule_operator, rule_operator_clauses,
                                                   rule_owned_program, rule_responsible, rule_role_fields,
                                                   rule_sub_organizations)
from ickg.extract.statements.outcomes import _STUDY_LEAD, rule_null_result, rule_outcome, rule_people_had
from ickg.extract.statements.periods import rule_period, rule_year
from ickg.extract.statements.places import rule_body_places, rule_place_in_name, rule_places
from ickg.extract.statements.populations import (rule_conditions, rule_populations, rule_served,
                                                 without_broader_populations)
from ickg.extract.statements.program_facts import rule_count, rule_fields, rule_legislation
from ickg.extract.statements.program_names import find_programs
from ickg.extract.statements.recommendations import rule_recommendation
from ickg.extract.statements.studies import rule_evaluated_by, rule_study
from ickg.extract.statements.subjects import _opening_program, programs_in, subject_of


_PROSE_WORD = lazy_compile(r"\b(?!(?:with|from|into|over|under)\b)[a-z]{4,}\b|[ ](?:set[ ]up|is|are|was|were|has|had|ran|led)[ ]"
                           r"(?=(?:the|a|an|its|their|in|by)[ ])")   # or a short verb: "In 2009 the X Board set up the Y Network."
# A sentence that opens on a participle and its preposition is a clause whose subject is the
# heading's or the document's program, not a name line, even when every other word is a name or
# short: a slide's or a fact sheet's bullet "Launched by the Department of Health in 2008".
_PARTICIPLE_LEAD = lazy_compile(r"(?:[A-Z][a-z]{2,}ed|Led|Run|Set[ ]up|Built|Paid|Held|Begun|Chosen|Known)[ ]"
                                r"(?:by|in|on|at|from|for|under|through|as|with)[ ]")


def _sentence_spans(ctx):
    out = []
    for start, end in ctx.sentences:
        sentence = ctx.text[start:end]
        if sentence.startswith(("Keywords", "Key words", "Authors", "Affiliation", "Journal", "PMID", "DOI")):
            continue
        if not _PROSE_WORD.search(sentence) and not _PARTICIPLE_LEAD.match(sentence):
            continue                   # an affiliation, a masthead: names without a sentence
        label = _SPEAKER.match(sentence)
        if label:                      # an interview's "Q:" asks; its "A:" answers in a sentence of its own
            if label.group(1)[0] == "Q":
                continue
            start += label.end()
        number = _PARAGRAPH_NUMBER.match(ctx.text, start, end)
        if number:                     # a report's "4.1 ": the paragraph's number, no part of its sentence
            start = number.end()
        out.append((start, end))
    return out


_SPEAKER = lazy_compile(r"(Q|A|Question|Answer)[:.][ \t]+(?=\S)")
_ASKS = lazy_compile(r"(?:What|Who|When|Where|Why|How|Which|Is|Are|Was|Were|Do|Does|Did|Can|Could|Should|Will|Would|"
                     r"Has|Have)\b")
_PARAGRAPH_NUMBER = lazy_compile(r"\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?=[A-Z])")


_ITEM_NUMBER = lazy_compile(r"(\d{1,2})\.[ \t]+$")     # "3. " before a sentence: a numbered item
_MIXED = lazy_compile(r",[ ](?:but|although|though|while|yet)[ ]|;[ ]")
_HEADING_LINE = lazy_compile(r"[A-Z][\w\-]*(?:[ ][\w\-]+){0,4}")
# A line between two sentences that no sentence holds, short and without a full stop, on a line of its own:
# a heading the layout did not make a section of ("WHAT GOT IN THE WAY" over its bullets).
_GAP_HEADING = lazy_compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ ])?(?P<h>[A-Z][\w\-']*(?:[ ][\w\-'&/]+){0,7}):?[ \t]*$")


def _gap_heading(text, a, b):
    """The last heading line in text[a:b] (see :data:`_GAP_HEADING`), or None."""
    found = None
    for m in _GAP_HEADING.finditer(text, a, b):
        found = m.group("h")
    return found


# A line break first, its neighbours after: a pattern that opens on a literal is searched for it
# (30x faster than opening on the look-behind, the same matches).
_WRAP = lazy_compile(r"\n(?:(?<=[^\n.:;!?]\n)(?=[a-z0-9(“\"'’])|(?<=,\n)(?=[A-Z]))")


def unwrapped(text):
    """The text with the line breaks of hard-wrapped prose (a PDF's lines, a wrapped e-mail) made
    spaces, so that a phrase reads the same across a line's end: "now Anthem,\nacquired" is one
    clause. The length and every offset stay as they were; paragraph breaks, bullets and headings
    (a line after a full stop or before a capital) are kept."""
    return _WRAP.sub(" ", text) if "\n" in text else text


def _participle_leads_lowered(text, sentences):
    """The text with the capital of each sentence that opens on a participle made small ("Launched
    by the Department of Health in 2008" reads as "launched by ..."), so that the rules written for
    "was launched by" read a bullet or a slide's clause whose subject is left out. Only that letter
    changes: the length and every offset stay, and quotes are taken from the document's own text."""
    starts = [s for s, _ in sentences if text[s:s + 1].isupper() and _PARTICIPLE_LEAD.match(text, s)]
    if not starts:
        return text
    chars = list(text)
    for s in starts:
        chars[s] = chars[s].lower()
    return "".join(chars)


def find_statements(text, *, sentences, sections, entities, places, mentions, acronyms, title_span):
    """Statements the document makes (see the module docstring), in text order."""
    text = _participle_leads_lowered(unwrapped(text), sentences)
    ctx = Context(text, sentences, sections, entities, places, mentions, acronyms, title_span)
    find_programs(ctx)
    study = None
    study_at = len(text)
    barrier = None
    spans = [(s, e) for s, e in _sentence_spans(ctx) if not (title_span and s <= title_span[0] < e)]
    if title_span:
        spans.append(title_span)           # last: a fact the body states is quoted from the body
    previous = None                        # the span of the sentence before, in the same paragraph
    last_end = 0
    for i, (start, end) in enumerate(spans):
        follow = spans[i + 1] if i + 1 < len(spans) else None
        sentence = text[start:end]
        if start > last_end and "\n" in text[last_end:start]:
            heading = _gap_heading(text, last_end, start)
            if heading:
                ctx.line_heading = heading
        last_end = max(last_end, end)
        if sentence.rstrip().endswith("?") and _ASKS.match(sentence):
            continue                     # a question asks ("Is there anything for older people?"); its answer states
        is_title = bool(title_span) and start == title_span[0]
        if not is_title and text[end:end + 1] in ("\n", "") and _HEADING_LINE.fullmatch(sentence):
            ctx.line_heading = sentence
        subject = subject_of(ctx, start, end)
        if subject is ctx.focal and previous and len(ctx.programs) > 1 and "\n" not in text[previous[1]:start]:
            opener = _opening_program(ctx, *previous)
            if opener is not None and opener is not ctx.focal and not programs_in(ctx, start, end):
                subject = opener         # "In Sutton, the X vanguard gives ... Staff say residents ...": X's
        previous = (start, end)
        number = None
        quote_start = None
        before = text[max(0, start - 4):start]
        nm = _ITEM_NUMBER.search(before) if "." in before else None
        if nm:
            number, quote_start = int(nm.group(1)), start - len(before) + nm.start(1)
        recommendation = rule_recommendation(ctx, start, end, number, quote_start) if not is_title else None
        role = "recommendation" if recommendation else ("title" if is_title else None)
        if role is None:
            words = words_of(text, start, end)
            if cue(_GOAL_CUES, text, start, end):
                role = "goal"
            elif not words.isdisjoint(("report", "reports", "reported", "found", "had", "fell", "rose", "grew", "fallen",
                                       "risen")) and \
                    cue(_OUTCOME_VERBS, text, start, end):         # the words first: they cost less
                role = "outcome"
            elif cue(_BARRIER_CUES, text, start, end):
                role = "barrier"
            elif (not words.isdisjoint(("study", "interviews", "survey")) or "we compared" in sentence) and \
                    cue(_STUDY_SENTENCE, text, start, end):
                role = "study"
        if not is_title and role not in ("study",):
            rule_year(ctx, start, end, subject)  # first: the places of a founding sentence are where it was founded
            rule_period(ctx, start, end, subject)
        rule_places(ctx, start, end, subject)
        if role not in ("study", "barrier", "title"):   # "hard to provide to patients with dementia": not its focus;
            rule_conditions(ctx, start, end, subject, recommendation)   # a title names a topic the body states
        if role not in ("outcome", "study") and not is_title:
            rule_populations(ctx, start, end, subject, recommendation)
            rule_served(ctx, start, end, subject)
        rule_concepts(ctx, start, end, subject, role)
        if not is_title:
            rule_funded(ctx, start, end, subject, role)
        if not is_title:
            had_study = study is not None
            study = rule_study(ctx, start, end, study)
            rule_evaluated_by(ctx, start, end, subject)
            if study is not None and not had_study:
                study_at = start
        # "The evaluation found fewer presentations, but referrals remain low": a result, then a barrier, whichever
        # cue named the sentence's role
        mixed = _MIXED.search(text, start, end) if role in ("barrier", "outcome") else None
        if mixed and not (cue(_OUTCOME_VERBS, text, start, mixed.start()) and cue(_BARRIER_CUES, text, mixed.end(), end)):
            mixed = None                 # "The programme improved access ..., but recruiting practices was slow": both
        if mixed and role == "outcome" and _MODALS.search(text, mixed.end(), end):
            mixed = None                 # "X rose, but she warns that the model may be hard to copy": a worry, the
            #                              result read whole as before (its hedge is the sentence's)
        barrier_after = not (mixed and _MODALS.search(text, mixed.end(), end))   # "..., but some warn that X may ...": a worry
        led = _STUDY_LEAD.match(text, start, end) if role in (None, "study") and not mixed and not is_title else None
        if led is not None:              # "In the trial of 749 patients, hospital use was 30% lower": its result
            rule_outcome(ctx, led.end(), end, subject, follow, after_study=True)
        elif role == "outcome" or (role is None and not is_title) or mixed:
            rule_outcome(ctx, start, mixed.start() if mixed else end, subject, follow,
                         after_study=study is not None and study_at < start)
        if role in ("outcome", None) and not is_title:
            rule_people_had(ctx, start, end, subject)
            rule_null_result(ctx, start, end, subject, follow, after_study=study is not None and study_at < start)
        listed = rule_listed_barriers(ctx, start, end, subject) if role in ("barrier", None) and not is_title \
            and not mixed else None
        hindered = rule_hindered(ctx, start, end, subject) if role in ("barrier", None) and not is_title \
            and not mixed else None
        named = rule_barrier_named(ctx, start, end, subject) if role in ("barrier", None) and not is_title \
            and not mixed else None
        if listed is not None:
            barrier = listed
        elif hindered is not None:
            barrier = hindered
        elif named is not None:
            barrier = named
        elif (role in ("barrier", None) or mixed) and not is_title and barrier_after:
            found = rule_barrier(ctx, mixed.end() if mixed else start, end, subject, clause=bool(mixed))
            barrier = found or barrier
        if role in ("barrier", None) and not is_title and not mixed:
            barrier = rule_section_barriers(ctx, start, end, subject) or barrier
        rule_mitigation(ctx, start, end, barrier)
        rule_parts(ctx, start, end, subject, role)
        rule_heading_items(ctx, start, end, subject, role)
        rule_roles(ctx, start, end, subject, role)
        rule_made_parts(ctx, start, end, subject, role)
        rule_activities(ctx, start, end, subject, role)
        rule_staff_actions(ctx, start, end, subject, role)
        rule_planned_parts(ctx, start, end, subject, role)
        rule_list_siblings(ctx, start, end, subject, role)
        if subject is not None and role not in ("barrier", "outcome", "recommendation", "goal", "title", "study"):
            rule_team(ctx, start, end, subject)
        if not is_title:
            rule_actors(ctx, start, end, subject)
            rule_operator(ctx, start, end, subject)
            rule_operator_clauses(ctx, start, end, subject)
            rule_owned_program(ctx, start, end)
            rule_joiners(ctx, start, end, subject)
            rule_responsible(ctx, start, end)
            rule_legislation(ctx, start, end, subject)
            rule_enabler(ctx, start, end, subject)
            rule_count(ctx, start, end)
        if role == "goal":
            rule_goal(ctx, start, end, subject)
        rule_purpose(ctx, start, end, subject, role)
        rule_targets(ctx, start, end, subject, role)
    rule_fields(ctx)
    rule_role_fields(ctx)
    rule_sub_organizations(ctx)
    rule_place_in_name(ctx, spans)
    rule_body_places(ctx)
    ctx.out = without_inner_components(without_broader_populations(ctx.out))
    set_confidence(ctx, ctx.out)
    return ctx.out, ctx
