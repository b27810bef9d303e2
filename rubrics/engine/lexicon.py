"""The word lists the engine reads answers with, in plain folded words (stemmed where they are used).

Changing any list changes scoring: bump ENGINE_VERSION. The lists are kept compact (`fmt: off`): they are
data, read and reviewed as tables.
"""

# fmt: off

# Dropped on both sides of a match: articles and the forms of "be" and "do" ("am" stays: "11 am").
# Every other word counts, pronouns and prepositions included ("that's your problem" must not shrink to
# "problem").
STOP_WORDS = frozenset({
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did",
})

# Third-person personal pronouns compare as one word: a rubric's "reset their password" is met by "reset
# his password", "check whether they clicked" by "check whether she clicked".
PERSON_PRONOUNS = frozenset({
    "he", "she", "they", "him", "her", "them", "his", "their", "hers", "theirs", "himself", "herself",
    "themselves", "themself",
})

# "n't" forms whose base is not the word before it, and the apostrophe-less spellings people type.
NT_BASES = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
BARE_NEGATIVES = {
    "cannot": ("can", "not"), "dont": ("do", "not"), "cant": ("can", "not"), "wont": ("will", "not"),
    "isnt": ("is", "not"), "arent": ("are", "not"), "wasnt": ("was", "not"), "werent": ("were", "not"),
    "doesnt": ("does", "not"), "didnt": ("did", "not"), "shouldnt": ("should", "not"),
    "wouldnt": ("would", "not"), "couldnt": ("could", "not"), "havent": ("have", "not"),
    "hasnt": ("has", "not"), "hadnt": ("had", "not"), "mustnt": ("must", "not"), "neednt": ("need", "not"),
    "aint": ("is", "not"),
}
# What a clitic after an apostrophe stands for (None: dropped; "'s" is a possessive or "is").
CLITICS = {"s": None, "re": None, "m": "am", "ve": "have", "ll": "will", "d": "would"}

# Irregular forms the stemmer cannot join to their base word (a small lemma list), and spelling variants.
IRREGULAR = {
    "gave": "give", "given": "give", "took": "take", "taken": "take", "told": "tell", "sent": "send",
    "made": "make", "went": "go", "gone": "go", "done": "do", "got": "get", "gotten": "get",
    "found": "find", "kept": "keep", "left": "leave", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "shown": "show", "broke": "break", "broken": "break",
    "chose": "choose", "chosen": "choose", "began": "begin", "begun": "begin", "brought": "bring",
    "bought": "buy", "thought": "think", "caught": "catch", "taught": "teach", "sold": "sell",
    "held": "hold", "felt": "feel", "meant": "mean", "paid": "pay", "ran": "run", "saw": "see",
    "seen": "see", "knew": "know", "known": "know", "forgot": "forget", "forgotten": "forget",
    "hid": "hide", "hidden": "hide", "stuck": "stick", "stole": "steal", "stolen": "steal",
    "understood": "understand", "spent": "spend", "lost": "lose", "built": "build", "spelt": "spell",
    "misspelt": "misspell", "rang": "ring", "rung": "ring", "led": "lead", "fell": "fall",
    "fallen": "fall", "wore": "wear", "worn": "wear", "drove": "drive", "driven": "drive", "said": "say",
    "licence": "license", "licences": "licenses", "practise": "practice",
}

# A dot after these does not end a sentence.
ABBREVIATIONS = frozenset({
    "e.g", "i.e", "eg", "ie", "etc", "vs", "approx", "incl", "ext", "mr", "mrs", "ms", "dr", "st", "cf",
    "fig", "dept", "jr", "sr", "inc", "ltd",
})

# --- Negation (NegEx-style cues and scope ends) --------------------------------------------------------

# Pre-negation cues: negate what follows in their scope.
PRE_CUES = [
    "not", "no", "never", "without", "nor", "neither", "nobody", "nothing", "none", "noone", "avoid",
    "refrain", "deny", "prohibit", "forbid", "hardly",
]
# Cues only when "to" follows ("refuse to", "decline to"): "I would refuse" alone is an answer, not a scope.
CUES_BEFORE_TO = ["refuse", "decline", "unable", "unwilling"]
# Not negations: "not only", "no doubt", "no matter", "no problem (giving ...)".
PSEUDO_AFTER_CUE = {"not": ["only"], "no": ["doubt", "matter", "problem", "issue", "wonder"]}
# "not" right before punctuation after these is elliptic ("if not, ...", "or not."), not a cue.
ELLIPTIC_BEFORE = [
    "if", "or", "whether", "why", "hopefully", "probably", "maybe", "perhaps", "surely", "certainly",
    "definitely", "course",
]
# Scope ends for both readings. "instead" is one unless "of" follows ("instead of" is a cue).
TERMINATORS = [
    "but", "however", "although", "though", "instead", "so", "then", "because", "since", "except",
    "whereas", "otherwise", "therefore", "meanwhile", "nevertheless", "until", "unless",
]
# After a soft break (comma, "and", ...) these start a new predicate: every scope ends there.
STARTERS = [
    "i", "we", "you", "they", "he", "she", "it", "would", "will", "could", "can", "should", "must",
    "might", "may", "shall", "please", "also",
]
# A subject then a modal starts a new predicate, comma or not ("if you don't restart it will restart").
SUBJECTS = ["i", "we", "you", "they", "he", "she", "it"]
MODALS = ["would", "will", "could", "can", "should", "might", "may", "must", "shall", "has", "have", "had"]
# Words that do not count as "the scope has covered something" (credit reading: "never, ever, ...").
TRANSPARENT = [
    "ever", "even", "once", "under", "any", "circumstance", "circumstances", "reason", "case",
    "situation", "way", "at", "all", "for", "in", "time", "point", "whatsoever", "really", "just",
    "simply", "i", "we", "would", "will", "should", "could", "can",
]
# Conditions state nothing: red flags ignore what follows them (ConText's "hypothetical").
HYPOTHETICAL = ["if", "whether", "unless"]
# Reported speech ("The user asked me to give her his password", "She wants me to turn off MFA"): someone
# else's request, not the candidate's statement. By folded form, not stem: "asked"/"asks" report, while
# "I ask them to ..." is the candidate's own instruction.
REPORTING = frozenset({
    "asked", "asks", "asking", "wants", "wanted", "requested", "requests", "requesting", "demanded",
    "demands", "demanding", "insists", "insisted", "insisting", "says", "said", "claims", "claimed",
})
# Right before a reporting word these make it the candidate's own words ("I asked them to", "I'd say").
OWN_VOICE = ["i", "we", "would", "will", "should", "could", "can", "might", "may", "must"]

# Post-negation cues: negate a phrase they closely follow ("giving them admin access is against policy").
POST_CUES = (
    "against policy", "against the policy", "against company policy", "against our policy",
    "against the rules", "against the rule", "against procedure", "against security policy",
    "against it policy", "not allowed", "never allowed", "not permitted", "never permitted", "forbidden",
    "prohibited", "violates", "violation of", "would violate", "breach of", "breaches", "breaks policy",
    "breaks the policy", "break the rules", "breaks the rules", "not acceptable", "never acceptable",
    "unacceptable", "not an option", "not ok", "not okay", "bad idea", "a security risk", "security risk",
    "not appropriate", "inappropriate", "not safe", "unsafe", "a mistake", "out of the question",
    "never be done", "not something i would do", "not something i'd do", "wrong thing to do",
    "would be wrong", "is wrong", "too much", "excessive", "overkill", "unnecessary", "not necessary",
    "not needed", "too broad", "too risky", "risky", "dangerous", "make it worse", "makes it worse",
    "worse", "irresponsible", "unprofessional", "rude", "unkind", "condescending", "disrespectful",
    "insulting",
)
# Between a phrase and a post-cue these detach the cue ("click the link to see if it is unsafe").
POST_CUE_BLOCKERS = ["if", "whether", "unless", "when", "while", "once"]

# --- Writing rubrics ---------------------------------------------------------------------------------

# Built-in phrasings of each writing criterion kind (added to the criterion's own). <number> and <clock>
# are wildcards ("30", "3pm", "11:00"), only here: an author's phrasing is always plain words.
WRITING_PHRASINGS: dict[str, tuple[str, ...]] = {
    "acknowledges_problem": (
        "we are aware", "aware of the issue", "aware of the problem", "aware that", "I understand",
        "I hear you", "you are right", "I can see", "I see that", "thank you for letting us know",
        "thanks for letting us know", "thanks for letting me know", "thank you for letting me know",
        "sorry to hear", "I know this", "I know how", "has been down", "went down", "has gone down",
        "is not working", "stopped working", "having trouble", "having problems", "having issues",
        "you reported", "you mentioned",
    ),
    "apologises_or_empathy": (
        "sorry", "apologise", "apology", "apologies", "I understand how frustrating",
        "understand your frustration", "understand how frustrating", "frustrating", "I can imagine",
        "I know how", "must be frustrating", "must be stressful", "I appreciate how", "regret",
        "I understand how",
    ),
    "explains_action": (
        "we are working", "working on", "working to", "investigating", "looking into", "restoring",
        "rolling back", "roll back", "undoing", "we have identified", "we found", "escalated",
        "we are monitoring", "being worked on", "is being fixed",
    ),
    "next_update": (
        "next update", "further update", "update you", "post an update", "send an update",
        "in <number> minutes", "in <number> mins", "in <number> hours", "within <number> minutes",
        "within <number> mins", "within <number> hours", "by <clock>", "at <clock>", "before <clock>",
        "by <number> am", "by <number> pm", "within the hour", "within an hour", "in an hour",
        "in half an hour", "by end of day", "by the end of the day", "by tomorrow", "by noon",
        "keep you posted", "keep you updated", "keep you informed", "let you know as soon as",
        "let you know when", "as soon as it is fixed", "as soon as it is back",
    ),
    "tells_what_to_do": (
        "please", "you can", "you should", "you will need to", "you need to", "make sure",
        "in the meantime", "if you need", "refrain from", "reply to", "call me", "call us", "contact me",
        "contact us", "let me know",
    ),
    "thanks_reader": ("thank", "thanks", "appreciate", "grateful", "cheers"),
    "states_outcome": (
        "has been resolved", "has been fixed", "now resolved", "now fixed", "issue resolved",
        "problem solved", "confirmed", "working again", "works again", "now working", "working now",
        "restored", "can now", "now able to", "back online", "up and running",
    ),
    "mentions_fix": (
        "fixed by", "resolved by", "solved by", "the fix", "fix was", "solution", "by updating",
        "by replacing", "by reinstalling", "by restarting", "by resetting", "by clearing", "by changing",
        "by installing", "reinstalled", "replaced", "workaround",
    ),
    "plain_language": (),
    "numbered_steps": (),
    "custom": (),
}
# A clause (or a part after a comma) that starts with one of these tells the reader what to do.
INSTRUCTION_VERBS = [
    "click", "open", "close", "go", "select", "choose", "tick", "untick", "press", "type", "enter",
    "restart", "reboot", "save", "use", "try", "wait", "contact", "call", "reply", "check", "make", "keep",
    "stop", "avoid", "refrain", "log", "sign", "turn", "switch", "unplug", "plug", "send", "let",
    "remember", "follow", "read", "visit", "find", "scroll", "tap", "install", "delete", "remove", "clear",
    "copy", "paste", "forward", "change", "reset", "connect", "disconnect", "confirm", "ask", "please",
]
# Words that may come before the instruction verb ("1. Click", "Then restart", "Just reply").
INSTRUCTION_LEAD_INS = [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "step", "first", "firstly", "then", "next", "now",
    "finally", "also", "just", "simply", "second", "third", "lastly", "afterwards", "after", "that",
    "kindly",
]
# After a jargon term in the same clause, these explain it ("DNS, which means ...").
EXPLANATION_MARKERS = (
    "which means", "which is", "i.e", "that is", "in other words", "meaning", "in plain english",
    "in plain terms", "stands for", "short for", "basically", "think of it as", "a way of", "which lets",
)

# fmt: on
