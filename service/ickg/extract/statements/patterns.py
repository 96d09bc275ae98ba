"""Regular expressions and word tables that rules of several families share (a year, a finite verb, an
actor's noun phrase, a negated funding, a gloss in another language). A table one family uses lives with it.
"""

from ickg.extract.regex import lazy_compile


_YEAR = lazy_compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_LANGUAGE_GLOSS = lazy_compile(r"[ ]\((?:Dutch|German|French|Spanish|Swedish|Danish|Italian)[ ]for")


# The words that call a program by its kind after an opening ("Set up in 2010 by X, the network ...",
# "Launched in 2016, the programme ..."): whose a sentence's year or founder is.
_PROGRAM_KIND = (r"(?:network|programme|program|model|pilot|scheme|initiative|service|project|partnership|strategy|"
                 r"centre|center|clinic|team)s?\b")


# (Within its clause: "The company is not paid per service: it receives a share of any savings" is paid by savings.)
_NEGATED_FUNDING = lazy_compile(r"\b(?:instead[ ]of|rather[ ]than|outside|not|no[ ]longer|away[ ]from)\b[^.:;]{0,40}$")


_FINITE = lazy_compile(r"\b(?:is|are|was|were|has|have|had|do|does|did|can|could|may|might|will|would|must|"
                       r"remain|remains|remained|lack|lacks|lacked|make|makes|made|limit|limits)\b")


_ACTOR_HEAD = (r"(?:councils?|municipalities|insurers|practices|practitioners|hospitals?|centres|centers|services|"
               r"boards?|authorities|trusts?|funds|groups|networks?|organi[sz]ations|providers|teams|commissioners|"
               r"physicians|doctors|nurses|pharmacists|agencies|partners|clinics|polyclinics|homes|prisons|schools|"
               r"hospices|pharmacies|charities|associations|dietitians|podiatrists|physiotherapists|GPs|voluntary[ ]sector)")
_ACTOR_NP = lazy_compile(rf"(?:(?:the|its|their|local|private|public|federal|national|regional|statutory|municipal|"
                         rf"commercial|community|general|primary|home|health|care|social|territorial|"
                         rf"county|district|nursing|specialist|acute|support|voluntary|rural|remote|independent|"
                         rf"not-for-profit|non-profit|housing|ambulance|mental|behavioral|behavioural|dental)[ ]){{0,5}}"
                         rf"{_ACTOR_HEAD}\b")


# The sentence roles whose sentences the component rules do not read: a barrier's or a goal's words
# are not parts the program has, a recommendation's not yet. An outcome sentence is read: a finding
# can name a part as it reports a result ("we found that the partnerships ... introduced shared care
# pathways"); opened to barrier sentences the rules proposed 8 components on train, 2 right.
_CLOSED_TO_PARTS = ("barrier", "recommendation", "goal", "title", "study")
