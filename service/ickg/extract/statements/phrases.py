"""A described thing's label: the phrase a sentence states it with, tidied, and the other forms a reader
may write (:func:`label_forms`); where a clause ends and what a claim's clause is.

Every family of rules labels outcomes, barriers, goals and components the same way: here, once.
"""

import re
from functools import lru_cache

from ickg.extract.actors import lower_is_ignorecase
from ickg.extract.regex import lazy_compile


# Patterns the rules below used to pass to re.search() & co. as strings: a string is looked up in re's cache
# on every call (0.6 µs; ~80 calls a document), a compiled pattern is not.
_POSSESSIVE = lazy_compile(r"\b(?:our|their|its|his|her)[ ]")
_DANGLING = lazy_compile(r"[ ](?:or|and|of|to|the|a|an|with)$")
_MODAL_SPLIT = lazy_compile(r"(?P<x>.+?)[ ](?:could|may|might|would|will|can)[ ](?:[a-z]+[ ]?)")
_MORE_AFTER = lazy_compile(r"[ ](?:was|were|is|are|became|felt)[ ](?P<x>(?:more|less|better|worse)[ ].+)$")


_CUT = lazy_compile(r"(?:,?[ ](?:although|though|because|whereas|while|once(?![ ](?:a|an|every|per)\b)|unless|so that|which|who|than|"
                    r"together with|instead of|rather than|as well as|but)\b|[;:(]|,[ ](?:and[ ])?(?:so|but|yet)\b|"
                    r"\.(?:\s|$))")
_TRAILING_TIME = lazy_compile(r"(?:[ ](?:between|from)[ ](?:19|20)\d\d[ ](?:and|to)[ ](?:19|20)\d\d|[ ]since[ ]the[ ][\w\-]+|"
                              r"[ ]over[ ]the[ ](?:decade|period|years?|first[ ][\w ]+)|[ ]in[ ]most[ ]years|"
                              r"[ ]in[ ](?:19|20)\d\d|[ ]in[ ]the[ ]areas?[ ]we[ ]studied|[ ]now)+$")
_ADVERBS = lazy_compile(r"\b(?:probably|possibly|(?<!more[ ])(?<!less[ ])likely|now|already|also|still|often|sometimes|generally|reportedly|"
                        r"slightly(?=[ ](?:improved|reduced))|significantly)[ ]", re.I)
_AUX = lazy_compile(r"\b(?:are|is|were|was|have|has|had been|have been|has been)[ ](?=[a-z]+(?:ing|ed)\b)")


_REPORTING_FRAME = lazy_compile(r"^(?:(?:critics|analysts|observers|experts|providers|managers|staff|clinicians|"
                                r"participants|interviewees|respondents|evaluators|officials|unions)[ ](?:say|said|argue|"
                                r"argued|warn|warned|note|noted|report|reported|claim|claimed)[ ](?:that[ ])?"
                                r"|(?:[A-Z][\w\-]*|the[ ]\w+)(?:[ ][\w\-]+){0,4}?[ ](?:have[ ]|has[ ]|had[ ])?(?:warned|argued|"
                                r"noted|reported|claimed|feared|complained|said|told[ ](?:us|them|me|the[ ]\w+))[ ]that[ ])",
                                re.I)


_SPACES = lazy_compile(r"\s+")
_CONTINUED = lazy_compile(r"\b(?:continued|continues|continue)[ ]to[ ]be[ ]")
_LEAD_CONNECTIVE = lazy_compile(r"^(?:However|But|Yet|Still|Moreover|Nevertheless|In[ ]addition|Also|Instead),?[ ]")
_LEAD_FOUND = lazy_compile(r"^(?:we[ ]found[ ]that|it[ ]found[ ]that|they[ ]found[ ]that)[ ]", re.I)
_LEAD_SAID = lazy_compile(r"^(?:warn|warns|warned|say|says|said|fear|fears|feared|note|notes|noted)[ ]that[ ]")
_LEAD_ARTICLE = lazy_compile(r"^(?:the|a|an|and|that|then)[ ]", re.I)
_LEAD_ACTED = lazy_compile(r"^(improved|reduced|increased|created|strengthened|lowered|raised)[ ]the[ ]")


@lru_cache(maxsize=8192)
def tidy(phrase):
    """A phrase as a label: no trailing punctuation, leading article, hedging adverb or time phrase.
    Kept per phrase: the rules tidy the same quote more than once, and a corpus repeats phrases."""
    phrase = _SPACES.sub(" ", phrase).strip(" ,;:.")
    phrase = _ADVERBS.sub("", phrase)
    phrase = _AUX.sub("", phrase)
    phrase = _CONTINUED.sub("", phrase)
    phrase = _TRAILING_TIME.sub("", phrase)
    phrase = _LEAD_CONNECTIVE.sub("", phrase, count=1)
    phrase = _LEAD_FOUND.sub("", phrase, count=1)
    phrase = _REPORTING_FRAME.sub("", phrase)
    phrase = _LEAD_SAID.sub("", phrase, count=1)
    phrase = _LEAD_ARTICLE.sub("", phrase, count=1)
    phrase = _LEAD_ACTED.sub(lambda m: m.group(1) + " ", phrase, count=1)
    return phrase.strip(" ,;:.")


# A described thing's label drops what tidy() drops ("already", "in the second year"); a reader's
# label may keep it, or keep only the head phrase. Both forms go with the label as its aliases.
_ADJUNCT = lazy_compile(r"[ ](?:in|among|after|during|for|at|between|over|within|across|from|since|per|by|"
                        r"compared[ ](?:with|to)|than|when|where|because|so[ ]that|without|despite)[ ]")
_INSERTED = r"\s+(?:[A-Za-z][\w\-]*\s+)?"


def _with_inserted_words(text, words, start, end):
    r"""The match of ``(?<!\w)W1 _INSERTED W2 ... Wn(?!\w)`` (each word escaped, re.I) searched in
    ``text[start:end]``, for ASCII words in a text where ``lower()`` finds them as re.I would
    (:func:`~ickg.extract.actors.lower_is_ignorecase`: ASCII, or none of the four characters re.I
    folds to ASCII), found without compiling a pattern per label (that compile was a fifth of
    extraction's time; for a text with a curly quote, 4 ms a label). The regex's order is kept: the
    leftmost start, and at each gap an inserted word tried before none. None when nothing matches."""
    low = text[start:end].lower()       # the same offsets as the text (less ``start``): no U+0130 here
    keys = [w.lower() for w in words]

    def word_at(key, i):
        return low.startswith(key, i - start) and i + len(key) <= end

    def word_char(i):
        return i < end and (text[i].isalnum() or text[i] == "_")

    def spaces(i):                      # the end of the white space run at i (i itself if none)
        while i < end and text[i].isspace():
            i += 1
        return i

    def rest(k, at):                    # the end of words[k:] matched from at, or None
        if k == len(keys):
            return None if word_char(at) else at
        gap = spaces(at)
        if gap == at:
            return None
        if gap < end and text[gap] in _ASCII_LETTERS:          # a word inserted, tried first
            q = gap + 1
            while q < end and (text[q].isalnum() or text[q] in "_-"):
                q += 1
            after = spaces(q)
            if after > q and word_at(keys[k], after):
                found = rest(k + 1, after + len(keys[k]))
                if found is not None:
                    return found
        if word_at(keys[k], gap):
            return rest(k + 1, gap + len(keys[k]))
        return None

    i = low.find(keys[0])
    while i >= 0:
        i += start
        if not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
            found = rest(1, i + len(keys[0]))
            if found is not None:
                return text[i:found]
        i = low.find(keys[0], i + 1 - start)
    return None


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def label_forms(label, text, start, end):
    """Other forms of a described thing's label: the words as the quote writes them (with a word
    tidy() dropped between two of the label's) and the head before its first adjunct ("fewer
    admissions" of "fewer admissions in the second year")."""
    forms = []
    words = label.split()
    if len(words) < 3:
        return forms                     # nothing to drop from two words
    if len(words) >= 2 and label.lower() not in text[start:end].lower():   # tidy() dropped a word: find it
        if label.isascii() and lower_is_ignorecase(text[max(0, start - 1):end]):
            found = _with_inserted_words(text, words, start, end)
        else:
            m = re.compile(r"(?<!\w)" + _INSERTED.join(re.escape(w) for w in words) + r"(?!\w)", re.I).search(
                text, start, end)
            found = m and m.group()
        if found and _words(found) > len(words):
            forms.append(re.sub(r"\s+", " ", found))
    cut = _ADJUNCT.search(label)
    if cut and _words(label[:cut.start()]) >= 2:
        forms.append(label[:cut.start()])
    copula = _COPULA.search(label)          # "cure rates were similar to ..." -> "cure rates similar to ..."
    if copula and copula.start() > 0:
        forms.append(label[:copula.start()] + label[copula.end() - 1:])
        head = re.match(r"(?:[\w\-]+[ ]){0,3}?[\w\-]+(?=[ ](?:at|for|in|among|of|from|with)[ ])", label[:copula.start()])
        if head:                          # "outcomes for patients were as good as ..." -> "outcomes as good as ..."
            forms.append(head.group() + label[copula.end() - 1:])
    compared = _COMPARED.fullmatch(label)   # "their hospital costs were lower" -> "lower hospital costs"
    if compared:
        forms.append(f"{compared.group('adj')} {compared.group('np')}")
    acted = _ACTED.match(label)             # "the pilot improved the organisation of care" -> "improved organisation of care"
    if acted and _words(acted.group("x")) >= 2:
        forms.append(f"{acted.group('verb')} {acted.group('x')}")
    modal = _MODAL_SPLIT.match(label)
    if modal and _words(modal.group("x")) >= 2:     # "workforce shortages could slow progress" -> "workforce shortages"
        forms.append(modal.group("x"))
    more = _MORE_AFTER.search(label)
    if more:                                # "patients were more satisfied with X" -> "more satisfied with X"
        forms.append(more.group("x"))
    framed = _REPORTED.match(label)          # "physicians found secure messaging added to their workload"
    if framed and _words(framed.group("x")) >= 2:   # -> "secure messaging added to their workload"
        forms.append(framed.group("x"))
        found = _FIND_ADJ.fullmatch(framed.group("x"))
        if found:                           # "Practices find the paperwork heavy" -> "paperwork heavy"
            forms.append(found.group("np") + " " + found.group("adj"))
    forms += [_POSSESSIVE.sub("", f) for f in [label, *forms]
              if _POSSESSIVE.search(f)]      # "on our wards" -> "on wards"
    return [f for f in dict.fromkeys(forms) if f != label and not _DANGLING.search(f)]


# Who said or found it, before what they said: "some physicians found X", "community health workers say X",
# "Practices still find the paperwork heavy".
_REPORTED = lazy_compile(r"(?:[\w\-’']+[ ]){1,4}?(?:still[ ]|often[ ]|also[ ])?(?:find|finds|found|say|says|said|report|reports|"
                         r"reported|complain|complained|note|noted|told[ ]us)[ ](?:that[ ])?(?P<x>.+)$")
_FIND_ADJ = lazy_compile(r"(?:the|their|its)[ ](?P<np>(?:[\w\-]+[ ]){0,3}[\w\-]+)[ ](?P<adj>heavy|hard|difficult|slow|complex|"
                         r"confusing|burdensome|costly|expensive|unclear|time-consuming)")
_COMPARED = lazy_compile(r"(?:(?:their|its|the)[ ])?(?P<np>[\w\- ]+?)[ ](?:was|were|is|are|became)[ ](?:\w+ly[ ])?"
                         r"(?P<adj>lower|higher|fewer|shorter|longer|better|worse|smaller|larger|greater)")
_COPULA = lazy_compile(r"[ ](?:is|are|was|were|remained|remains|became|has[ ]been|have[ ]been)[ ](?!(?:not|no|to)\b)")
_ACTED = lazy_compile(r"^(?:[\w\-]+[ ]){1,8}?(?P<verb>improved|reduced|increased|lowered|cut|raised|strengthened|"
                      r"shortened|halved|doubled|expanded|slowed|changed|saved)[ ](?:the[ ]|its[ ]|their[ ])?(?P<x>.+)$")


def clause_end(text, start, end):
    m = _CUT.search(text, start, end)
    return m.start() if m else end


# Where one clause of a sentence ends and another, contrasting, begins (rule_barrier adds ", and ").
_CLAUSE_BREAKS = r";[ ]|,?[ ](?:but|whereas|while|although|though|yet)[ ]"
_CLAUSE_BREAK = lazy_compile(_CLAUSE_BREAKS)
_WEAK = lazy_compile(r"\b(?:(?:does|did|do|has|have|had)[ ]little[ ]for|little[ ]for|remains?[ ]weak|remained[ ]weak|"
                     r"(?:is|are|was|were|remains?|remained)[ ](?:still[ ])?(?:weak|poor|limited|lacking|absent|missing)|"
                     r"not|never|no[ ]longer|lacks?|lacked|lack[ ]of|failed[ ]to|fails[ ]to|"
                     r"(?:is|are|remains?|has|have)[ ]yet[ ]to|remains?[ ]to[ ]be|(?:the[ ])?task[ ]of[ ]the[ ]next|"
                     r"next[ ](?:plan|phase|stage|step))\b", re.I)


def claim_clause(text, start, end, at):
    """(start, end) of the clause of the sentence ``text[start:end]`` that holds offset ``at``: the
    sentence cut at semicolons and at "but", "whereas", "while", "although", "yet"."""
    cs, ce = start, end
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.end() <= at:
            cs = m.end()
        elif m.start() >= at:
            ce = m.start()
            break
    return cs, ce


def _words(text):
    return len(text.split())


_LEFT_MODIFIER = lazy_compile(r"((?:(?<![\w\-])(?!the\b|a\b|an\b|of\b|and\b|to\b|in\b|for\b|with\b|by\b|on\b|its\b|their\b|"
                              r"his\b|her\b|our\b|each\b|every\b|one\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b)"
                              r"[a-z][a-z\-]+[ ]){0,3})$")


def _with_modifiers(text, start, end, floor):
    m = _LEFT_MODIFIER.search(text, max(floor, start - 50), start)
    if m and m.group(1):
        words = m.group(1).split()
        verbs = _MODIFIER_STOPS
        for i in range(len(words) - 1, -1, -1):
            if words[i] in verbs:
                words = words[i + 1:]
                break
        while words and (words[0] in verbs or words[0].endswith(("ly",))):
            words = words[1:]
        if words:
            return start - len(" ".join(words)) - 1, end
    return start, end


_NOT_MODIFIERS = set("""so into onto will would can could may might must should shall join joins get gets got take takes
took make made makes set sets put puts or but as at from than then also only still now not no more less most least
all some any many several both either such other another same own this that these those which who whom whose where
when while after before until since about over under between among through across without within per via up down out
off organised organized around every each their its his her our your whole""".split())


# Words that end a mention's modifiers on the left: verbs and function words ("relies on the shared record").
_MODIFIER_STOPS = frozenset(_NOT_MODIFIERS | {
    "receive", "receives", "received", "agree", "agrees", "agreed", "use", "uses", "used", "test", "testing", "build",
    "built", "offer", "offers", "offered", "write", "have", "has", "share", "shares", "into", "through", "like", "such",
    "including", "relies", "paid", "give", "gives", "gave", "follow", "follows", "following", "become", "becomes",
    "support", "supports", "provide", "provided", "provides", "delivered", "delivers", "introduced", "introduces",
    "include", "includes", "included", "comprise", "comprises", "contain", "contains", "combines", "combined", "relied", "require", "requires", "required", "had", "gets", "funds",
    "funded", "funding", "pays", "hire", "hires", "hired", "hiring", "employ", "employs", "employed", "form", "forms",
    "formed", "fund", "appoint", "appoints", "appointed", "recruit", "recruits", "recruited", "credited", "create",
    "creates", "created"})
