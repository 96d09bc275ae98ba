"""Statements a document makes, in the ontology's terms, each with the words that state it.

:func:`find_statements` reads a document sentence by sentence with hand-written rules (no model,
nothing downloaded) and proposes statements: a program's place, period, components, funding,
populations, conditions, partners, operators and initiators; barriers and what mitigates them;
goals apart from reported outcomes, with the hedge that qualifies a claim; the document's own
study with its design, methods and sample sizes; recommendations with their addressees; and
the integration type, level and degree the text names. Each :class:`Statement` carries its quote
(``text[start:end]``, so a prefix and suffix can be cut around it), the rule that proposed it
(``source``: ``ickg-rules/<rule>@<version>``) and a confidence between 0 and 1: the probability that
it is right, by a logistic regression over what the extractor knows of the statement in its document,
fitted on the training documents (:mod:`.confidence`, ``statement_confidence.json``; the table's
version in ``confidence_source``).

Most statements are about the document's *focal program*: the named program its title and text
return to most (the Esther network, the Chronic Related Groups pilot), or an organization that is
also a model (Buurtzorg, CareMore). A sentence that names another program speaks of that one.
Programs are found by the shape of their names, not by a list: a proper name ending in a program
word ("the Care Transitions Intervention"), a name heading the title ("ParkinsonNet: ..."), a
lower-case name the text abbreviates and keeps using ("coordinated care organizations (CCOs)") or
describes as a model ("a virtual ward, a model first used in ..."), "X is a program/model". The
pick is then weighed on the whole document by :mod:`ickg.extract.programs`: a name the text defines
by a parenthesis ("family health centres (CESFAM)", "PAERPA (..., older people at risk ...)") or a
kind of service its opening names, used again by its names or by "the centres", "the pilot",
replaces it when the document says more for it (benchmarks/score_main_program.py measures the pick).

A described thing (an outcome, a barrier, a goal, a component) is labelled with the phrase that
states it, tidied, and carries the other forms a reader may write as ``aliases``: the words as the
quote has them, the head before an adjunct ("fewer admissions" of "fewer admissions in the second
year"), the clause without its copula or modal, the comparative first ("lower hospital costs").

The package has one room per job, and its modules import one way: the shared rooms first, then one
module per family of statements, then :mod:`~ickg.extract.statements.reading`, which alone imports the
families and reads the document.

- shared: :mod:`.statement` (the :class:`Statement`, the ontology's terms, the rules' version),
  :mod:`.confidence` (a statement's confidence from its context), :mod:`.phrases` (labels and
  clauses), :mod:`.cues` (the cues of a sentence's role and the
  per-text search tables), :mod:`.hedges`, :mod:`.patterns` (regexes several families share),
  :mod:`.lists` (a list's items), :mod:`.context` (:class:`Context`, where entities are named),
  :mod:`.program_names` (the programs a document names) and :mod:`.subjects` (which one a sentence
  speaks of);
- families: :mod:`.periods`, :mod:`.places`, :mod:`.populations`, :mod:`.funding`, :mod:`.concepts`
  (mechanisms, integration type, level and degree), :mod:`.studies`, :mod:`.recommendations`,
  :mod:`.outcomes`, :mod:`.barriers` (with mitigation and enablers), :mod:`.goals`,
  :mod:`.organizations` (initiators, operators, partners, funders), :mod:`.components`,
  :mod:`.program_facts` (laws, fact sheets' fields, counts);
- :mod:`.reading`: :func:`find_statements`.

Only the names other packages use are imported here; a rule's helpers are imported from their module.
A rule's ``source`` is its name (``ickg-rules/<rule>@<version>``), never its module's.
"""

from ickg.extract.statements.phrases import label_forms
from ickg.extract.statements.reading import find_statements, unwrapped
from ickg.extract.statements.confidence import CONFIDENCE_CUTOFF, MODEL
from ickg.extract.statements.statement import VERSION, Statement

__all__ = ["CONFIDENCE_CUTOFF", "MODEL", "VERSION", "Statement", "find_statements", "label_forms", "unwrapped"]
