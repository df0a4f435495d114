"""The learned decision of the English quote reader: is a candidate an attribution?

Every candidate (the rules' direct, indirect and mixed quotes, and ``en_extra``'s clause candidates of any verb) is
described by sparse features (the cue's lemma, how it was found, the speaker's kind, the content's shape...); a
logistic model trained on PolNeAR (``newsgraph train attribution``, ``eval/train_attribution.py``) weighs them. The
model is a small JSON file inside the package (``model/attribution-en.json``: weights by feature name, the bias,
the threshold chosen by cross-validation), read once per
process; without it every rule candidate is kept and no clause candidate is made (the rules alone).

``COLLECT``: while training, a dict that ``extract`` fills with every candidate of every document (no decision).
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from .. import rules
from .en_conjoined import end_before_conjoined_report
from .en_makers import described_maker
from .en_rec import word_sets

MODEL = Path(__file__).with_name("model") / "attribution-en.json"
VERSION = 1
_PERSONAL = ("he", "she", "they", "we", "i")  # pronouns that stand for someone who can ask (not "it": "the plan")
COLLECT: dict | None = None  # set by the trainer: {document text: [(start, end, text, features, origin)]}


class Model:
    def __init__(self, data: dict | None):
        data = data or {}
        self.weights: dict[str, float] = data.get("weights", {})
        self.bias: float = data.get("bias", 0.0)
        self.threshold: float = data.get("threshold", 0.5)
        self.loaded = bool(data)
        self.version = data.get("version")

    def score(self, feats: dict[str, float]) -> float:
        return logistic(self.bias, self.weights, feats)


def logistic(bias: float, weights: dict[str, float], feats: dict[str, float]) -> float:
    """A logistic model's probability for sparse features (the shipped models: weights by feature name)."""
    z = bias + sum(weights.get(f, 0.0) * v for f, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_model(path: Path, version: int) -> dict | None:
    """A shipped model file's data, or None when it is missing or of another version (the rules alone decide)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        return None
    return data if data.get("version") == version else None


@lru_cache(maxsize=1)
def model() -> Model:
    return Model(read_model(MODEL, VERSION))


def _bucket(n: int) -> str:
    for lim in (3, 7, 15, 30, 60):
        if n <= lim:
            return str(lim)
    return "many"


def features(ctx, q, origin: str, verb=None) -> dict[str, float]:
    """The features of candidate ``q`` (a ``Found``), found by ``origin`` with cue token ``verb`` (or None)."""
    f: dict[str, float] = {"o=" + origin: 1.0, "k=" + q.kind: 1.0}
    lemma = verb.lemma_.lower() if verb is not None else (q.cue or "-").lower()
    f["c=" + lemma] = 1.0
    f[f"c={lemma}|o={origin}"] = 1.0
    if verb is not None:
        f["vd=" + verb.dep_] = 1.0
        f["vt=" + verb.tag_] = 1.0
        f[f"vt={verb.tag_}|o={origin}"] = 1.0
        for ch in verb.children:
            if ch.dep_ == "neg":
                f["neg"] = 1.0
            elif ch.dep_ == "aux" and ch.tag_ == "MD":
                f["modal"] = 1.0
            elif ch.dep_ in ("nsubjpass", "auxpass"):
                f["passive"] = 1.0
    if q.speaker is not None:
        spk = "E:" + ctx.actors.entities[q.speaker].type
    elif q.speaker_name:
        spk = "NAME"
    elif q.pronoun:
        spk = "PRON:" + q.pronoun
    else:
        spk = "NONE"
    f["s=" + spk] = 1.0
    f[f"s={spk}|o={origin}"] = 1.0
    if spk == "NAME" and q.speaker_span is not None and not any(
            t.pos_ == "PROPN" or t.ent_type_ in _NAMED for t in ctx.tokens(*q.speaker_span)):
        f["s=common"] = 1.0  # a subject naming no one ("the idea feels …", "Propaganda efforts persuade …")
    form = verb.lower_ if verb is not None else lemma
    f["lex" if lemma in known_cues() or form in known_cues() else "unlex"] = 1.0  # a cue word the rules know
    text = q.text
    words = text.split()
    f["len=" + _bucket(len(words))] = 1.0
    f[f"len={_bucket(len(words))}|o={origin}"] = 1.0
    if text.rstrip(" ”\"'’").endswith("?"):
        f["question"] = 1.0
    if any(c in text for c in "“”\""):
        f["marks"] = 1.0
    if words and words[0][:1].isupper():
        f["cap"] = 1.0
    if len(q.parts) > 1:
        f["parts"] = 1.0
    low = {w.lower().strip(",.;:") for w in words}
    if low & {"i", "we", "my", "our", "me", "us"}:
        f["first"] = 1.0
    if low & {"you", "your"}:
        f["second"] = 1.0
    return f


@lru_cache(maxsize=1)
def known_cues() -> frozenset[str]:
    """The words the rules know as cues (lang/en: speech verbs, naming and judging verbs, commitments, orders,
    admissions, the verbs of findings and beliefs, the verbs stating a noun phrase): a feature, so that the model
    weighs a verb it never saw by what the verbs outside every list did on PolNeAR train ("clashes erupted …",
    "fixing it required …": no report)."""
    from .en_objects import stated_verbs
    out = set(rules.words("en", "speech_verbs")) | rules.words("en", "commissive_verbs") | \
        rules.words("en", "naming_cues") | stated_verbs()
    for name in ("directive_verbs", "admission_verbs", "gerund_claim_verbs"):
        out |= rules.wordset("en", name)
    out |= {r[0] for r in rules.table("en", "judgement_verbs")}
    for vals in word_sets("finding_sources").items():
        if vals[0] in ("verb", "belief"):
            out |= set(vals[1])
    return frozenset(out)


def decide(ctx, cands: list, text: str) -> list:
    """The candidates taken. The rules' quotes are kept as the rules made them (their precision was measured on
    every set we have); the clause candidates that name a speaker (a subject, a name or a pronoun: "It was reported
    that …" names nobody and is no record of who said what) are scored by the model and taken best first when over
    the threshold and overlapping no quote taken before. A request ("called on Congress to act", "called for an
    investigation": ``en_extra``'s request shapes, which the model never saw) is an attribution by the project's
    convention when an actor or a personal pronoun asks; "The plan calls for a tax" names no one who asks. A judgement
    spoken of something ("called the ruling a disgrace", "dismissed the plan as fantasy": ``en_rec.judgement``) and
    the clause of a claim or a notion ("rejected claims that …": ``en_noun_that.noun_clause``) are taken by the same
    convention when any subject is named, and so is "made (it) clear that …" of a name or a person
    (``en_rec.made_clear``), a commitment ("promised to …": ``en_extra``'s "commit" shape, as a request), an order or
    a request made to someone ("told the managers to close …": "directive", lang/en/words.tsv directive_verbs), and a
    finding of a poll, a study or researchers, or a named actor's belief ("finding": lang/en/finding_sources.tsv).
    A clause candidate taken that opens a quotation is mixed. Without a model: the rule candidates alone."""
    m = model()
    if COLLECT is not None:
        COLLECT[text] = [(q.start, q.end, q.text, q.feats, q.origin) for q in cands]
    # the writer's own tests or analysis ("Our initial testing suggests …", "My analysis found …"): the writer's
    # voice, as "I think" is, whatever reads it (a person the writer knows, "my colleague said", still speaks)
    cands = [q for q in cands if not _writers_finding(q) and not _denied_frame(ctx, q)]
    taken = [q for q in cands if q.origin != "clause"]
    if not m.loaded:
        return taken
    # nobody named: no record, but for what is said to be said ("is said to", "reportedly": en_evidential)
    clauses = [q for q in cands if q.origin == "clause" and ("s=NONE" not in q.feats or "evidential" in q.feats)]
    # the writer's own voice or an address to the reader ("I think …", "we can say that …", "you'll see how …"):
    # a clause candidate whose subject is I, we or you stands outside every quotation (en_extra proposes none inside
    # one) and outside every turn of an interview (taken before it), so it is the author's: nobody's words on record.
    # Not a claim the subject only heard or read ("you've heard predictions that …": the predictions' own)
    clauses = [q for q in clauses if not any(f in q.feats for f in _WRITER) or "shape=noun-that" in q.feats]
    # knowing and wishing ("they know they need to wait", "Nissan is hoping a redesign will …"), and what a picture
    # shows ("The video shows officers …"): no claim of anyone's (the en-attr guidelines leave them out)
    clauses = [q for q in clauses if not _unreported(ctx, q) and not _reader_told(ctx, q)]
    for q in clauses:  # "found that X, and about a quarter said Y": the content ends before the other's report
        end_before_conjoined_report(ctx, q, taken)
    for q in clauses:  # a request of an actor or a person ("X called on Congress to act"), a judgement: the convention
        asker = q.speaker is not None or q.pronoun in _PERSONAL or _sayer_taken(ctx, q, taken) or \
            _described_person(q.speaker_name) or _body_commits(q) or \
            "shape=admit-to" in q.feats and bool(q.speaker_name) or \
            (any(f in q.feats for f in ("shape=stated-np", "shape=request-to")) or "shape=commit" in q.feats and
             "shape=commit|c=promise" not in q.feats) and _names_someone(ctx, q) or _it_states(q)
        # (what is owned up to or denied has a subject that speaks, whatever noun describes it: "The driver denied
        # being drunk"; a plan asks for things, nothing denies them; a name the tagger did not find as a person
        # vows and asks as a person or a company does, "Drayco pledged to repay every customer", "Hendry called on the
        # Senate to delay the vote"; not "promised": a law or a product "promised to lower premiums" as often as a
        # company does, where only an agent vows or pledges, review r23; a plan vows nothing)
        if ("judgement" in q.feats or "held" in q.feats or "finding" in q.feats or "directive" in q.feats or
                "evidential" in q.feats or "request" in q.feats and asker or _sayers_belief(ctx, q, taken)) and \
                not any(t.start < q.end and q.start < t.end for t in taken):
            taken.append(q)
    # a request no actor or person makes ("The plan calls for a tax") asks nothing: the model never saw requests,
    # so its score says nothing of them either
    clauses = [q for q in clauses if q not in taken and "request" not in q.feats]
    scored = sorted(((m.score(q.feats), n, q) for n, q in enumerate(clauses)), key=lambda x: (-x[0], x[1]))
    for p, _, q in scored:
        if p < m.threshold:
            break
        if any(_clash(ctx, q, t) for t in taken):
            continue
        taken.append(q)
    for q in taken:
        if "quoting" in q.feats:
            q.kind = "mixed"  # a clause that quotes someone's words ('adding that “wages are rising”')
    return sorted(taken, key=lambda q: q.start)


def _clash(ctx, q, t) -> bool:
    """Candidate ``q`` overlaps quote ``t`` taken before, and is no report nested in it (``nested_report``)."""
    return t.start < q.end and q.start < t.end and not nested_report(ctx, q, t)


def nested_report(ctx, q, t) -> bool:
    """Clause candidate ``q`` is a report inside what ``t`` reports: its cue, a finite verb of speech or report
    (lang/en/speech_verbs.txt) with a clause, stands in ``t``'s reported words with its content
    ("As the paper reports, he was held after staff said he stole a van"; "Feng reports that the cases came to light
    when officials announced that two patients …"). The guidelines annotate both the report and the one it reports
    (PolNeAR nests attributions; en-attr credits each). Only a candidate the model takes (decide). Not inside a
    quotation (a quoted speaker's own narration is the quoted speaker's, en_extra proposes none) nor a belief or a
    wish (the README leaves a belief nested in reported speech out: "she said she thinks …" is one statement)."""
    if q.origin != "clause" or t.kind == "direct" or q.cue_i is None or not (t.start <= q.start and q.end <= t.end):
        return False
    cue = ctx.doc[q.cue_i]
    if not (t.start <= cue.idx < q.start) or cue.dep_ == "relcl" or cue.tag_ == "VBG" or "shape=ccomp" not in q.feats:
        return False  # (not "the number of young people who reported using meth": those asked, no report; not a
        # participle "…, showing that …" nor a figure or a request: the outer report's own elaboration)
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if cue.dep_ == "ROOT" or cue.dep_ == "ccomp" and cue.head.i == t.cue_i or \
            subj is not None and not ctx.text[t.start:subj.left_edge.idx].strip(" ,"):
        return False  # "According to the reporter, a doctor wrote that …", "According to her account, after the
        # exam she insisted that …": the report relays the inner statement (the main verb of its sentence, or its
        # speaker opens what is reported), or the very clause reported ("Pompeo said that Washington had concluded
        # the settlements were legal": attribution-real credits Pompeo only): one statement, credited once
    lemma = cue.lemma_.lower()
    return lemma in rules.words("en", "speech_verbs")


def _unreported(ctx, q) -> bool:
    """A clause candidate whose cue knows, learns or wishes (lang/en/words.tsv excluded_attitudes), makes someone act
    (causative_verbs), shows with a picture for its subject (depiction_nouns), or finds with a modal of possibility
    ("some might find …": no finding made)."""
    if q.cue_i is None:
        return False
    cue = ctx.doc[q.cue_i]
    lemma = cue.lemma_.lower()
    if lemma in rules.wordset("en", "excluded_attitudes") or cue.lower_ in rules.wordset("en", "excluded_attitudes"):
        let = cue.head
        return not (let.lemma_.lower() == "let" and any(c.dep_ == "nsubj" for c in let.children))
        # ("she let me know how cramped it felt": she told me; "Let us know …", "Let's hope …" are the writer's)
    if lemma == "find" and any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in cue.children):
        return True  # ("some might find its grille a bit loud": a finding only possible was made by nobody)
    if lemma in rules.wordset("en", "causative_verbs"):
        return True  # ("efforts to get Ukraine to investigate …": making someone act says nothing; review r17)
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return lemma in ("show", "depict") and subj is not None and subj.lemma_.lower() in rules.wordset(
        "en", "depiction_nouns")


def _reader_told(ctx, q) -> bool:
    """The cue is an imperative addressed to the reader after a comma and a coordinator ("Doe will attend the debate,
    but expect her rivals to press her on taxes", "…, so expect delays"): a bare verb conjoined with no subject nor
    auxiliary of its own, which the parse lends the first clause's subject; the writer's advice, nobody's claim."""
    if q.cue_i is None or q.cue_i < 2:
        return False
    cue = ctx.doc[q.cue_i]
    cc, comma = ctx.doc[q.cue_i - 1], ctx.doc[q.cue_i - 2]
    if cue.dep_ != "conj" or cc.dep_ != "cc" or cc.lower_ not in ("but", "so", "and") or comma.text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children):
        return False
    if cue.tag_ == "VB":
        return True
    # (tagged a present: "expect" cannot agree with the singular subject it would share, "Doe … , but expect …")
    subj = next((c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return cue.tag_ == "VBP" and subj is not None and (subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she"))


_POSSIBLE = ("might", "may", "could", "would")  # a modal of possibility: a finding that may be made, none made


def _denied_frame(ctx, q) -> bool:
    """The cue stands in the complement of a negated clause ("It is not that the mayor feels he owes anyone an
    apology", "She never suggested that Reed believes …"): what is denied around it is asserted by nobody, its
    subject says nothing on record; nor does a cue whose subject is nobody ("No one claims that …"). Not a quotation
    (its words are its speaker's whatever frames them)."""
    if q.cue_i is None or q.kind == "direct":
        return False
    t = ctx.doc[q.cue_i]
    if _nobody(t):
        return True  # ("No one claims that …": nobody speaks)
    for _ in range(4):
        if t.dep_ != "ccomp" or t.head.i == t.i:
            return False
        t = t.head
        if any(c.dep_ == "neg" for c in t.children) or _nobody(t):
            return True
    return False


def _nobody(v) -> bool:
    return any(c.dep_ == "nsubj" and (c.lower_ in ("nobody", "none") or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in v.children)


# en_extra's features of a clause candidate's first- or second-person subject
_WRITER = ("subj=i", "subj=we", "subj=you")


def _writers_finding(q) -> bool:
    """A reported content whose source is a finding the writer owns: "our"/"my" and a finding noun
    (lang/en/finding_sources.tsv: "our analysis", "my testing")."""
    words = (q.speaker_name or "").lower().split()
    if q.kind == "direct" or q.speaker is not None or len(words) < 2 or words[0] not in ("our", "my"):
        return False
    nouns = word_sets("finding_sources").get("noun", frozenset())
    return words[-1] in nouns or words[-1].removesuffix("s") in nouns


def _described_person(name: str | None) -> bool:
    """A speaker described by a person's role ("A lawyer for the woman", "Some candidates", "the senators", "The
    suspect", "the teenager"): the head of the description (before "for"/"of"/"at") is a title or a role noun
    (lang/en/titles.txt, role_heads.txt), a person's part in a case (words.tsv case_roles) or a trade or a time of
    life (words.tsv described_persons), a member of the public ("Parents", "Residents": words.tsv public_groups,
    plain_persons), in the singular or the plural; "The plan", "The bill" ask nothing."""
    from .en_ctx import ROLE_HEADS
    heads = ROLE_HEADS | rules.wordset("en", "case_roles") | rules.wordset("en", "described_persons") | \
        rules.wordset("en", "public_groups") | rules.wordset("en", "plain_persons")
    if not name:
        return False
    head = re.split(r"\s+(?:for|of|at|from|with|in)\s+", name.lower())[0].split()
    if not head:
        return False
    w = head[-1]
    return w in heads or (w.endswith("s") and w[:-1] in heads)


def _body_commits(q) -> bool:
    """A vow, a threat or a request of a body or a group described by its kind ("The union threatened to strike",
    "The board called on the state to act": en_makers); not its other acts ("the board expects to announce the dates":
    a plan, review of r33's e234)."""
    return any(f in q.feats for f in ("shape=commit", "shape=request-to", "shape=request-for")) and \
        "shape=commit|c=promise" not in q.feats and described_maker(q.speaker_name)


def _it_states(q) -> bool:
    """"It" states a noun phrase ("Last week it announced an order of 40 trucks", "it confirmed the presence of …"):
    the pronoun of the company, the agency or the report named before, as a name would (_names_someone); the
    pronoun is resolved after the decision (pronoun_speakers). Not "promised" or "touted": a law or a product
    "promised lower premiums" as often as a company does (see the commitments above)."""
    return q.pronoun == "it" and "shape=stated-np" in q.feats and not any(
        f in q.feats for f in ("c=promise", "c=tout"))


def unresolved_it(ctx, found: list) -> list:
    """``found`` without the noun phrases "it" was taken to state (``_it_states``) where "it" stands for no actor once
    every speaker is chosen ("What does the result mean? To start, it confirms recent polling on …": the result or
    the article, no company nor agency; r29): nobody's statement. Not when "it" can be a body the text names by a
    common noun (``_body_before``: "The health ministry reported … . It confirmed a fourth death": review r29 J)."""
    return [q for q in found if not (q.origin == "clause" and _it_states(q) and q.speaker is None and
                                     not q.speaker_name and not _body_before(ctx, q))]


def _body_before(ctx, q) -> bool:
    """The subject of the cue's sentence before the cue or of the sentence before it is a body named by its kind
    (en_spk_org.body_nouns: "The health ministry", "The agency", "the company"): the one "it" stands for."""
    from .en_spk_org import body_nouns
    if q.cue_i is None:
        return False
    sent = ctx.doc[q.cue_i].sent
    first = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lemma_.lower() in body_nouns()
               for t in ctx.doc[first:q.cue_i])


def _names_someone(ctx, q) -> bool:
    """The subject of a statement names an actor the tagger did not find ("Inner Mongolia health authority reported
    its third case", "Michigan health authorities are reporting a sixth death", "An Associated Press journalist
    reported hearing gunfire"): a proper noun or a name the tagger marks in it. What names no one states nothing
    ("That ruling emphasizes the stakes")."""
    if not q.speaker_name or q.speaker_span is None:
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED for t in ctx.tokens(*q.speaker_span))


_NAMED = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")  # the tagger's names ("Michigan" tagged ADJ, named GPE)


def _sayer_taken(ctx, q, taken: list) -> bool:
    """A request conjoined to what a sayer said ("The health ministry said two patients had died and called on
    hospitals to …": en_clauses.second_sayer) is asked by that sayer, whose report the rules took."""
    from .en_clauses import second_sayer
    if q.cue_i is None:
        return False
    sayer = second_sayer(ctx, ctx.doc[q.cue_i])
    return sayer is not None and any(t.cue_i == sayer.i for t in taken)


def _sayers_belief(ctx, q, taken: list) -> bool:
    """A belief conjoined to what a sayer said ("The coach said the team had played well and believed it could
    reach the final": en_clauses.second_sayer, its "belief" verbs) is that sayer's view on record, whoever the
    sayer is (a pronoun, a role), once the sayer's report was taken: as a request of that sayer (_sayer_taken)."""
    from .en_clauses import is_belief  # (en_clauses reads this module's neighbours: imported at use, as above)
    if q.cue_i is None or "shape=ccomp" not in q.feats:
        return False
    return is_belief(ctx.doc[q.cue_i]) and _sayer_taken(ctx, q, taken)
