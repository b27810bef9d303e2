"""Answers written by someone who never saw the rubrics (tests/rubrics/independent/), scored one item at a
time: four per open item of every playbook (a good one in the writer's own words, a partial one, a wrong
one, and a tricky one: a right answer full of negations, a wrong one that names the right things only to
reject them, or a rude or policy-breaking one).

The first set (tests/rubrics/independent/*.json) and a second one by another writer (`second/`) were used
to improve the playbooks and the engine; a third (`third/`: good, rude, unsafe and careful answers) was
measured once before it became a test, and so were a fourth to an eleventh (`fourth/` to `eleventh/`:
good, terse, rude, unsafe and careful answers), each before the red flags were tuned on it; the eleventh was
not tuned on, but for one negation fix (docs/scoring-quality.md). Two more writers wrote a twelfth and a
thirteenth set (good, wrong, neg_good, neg_wrong, rude and unsafe answers), also measured once before
anything was tuned on them, and a fourteenth (good, wrong, neg_good and neg_wrong: not tuned on): for every
item the good answer scores above the wrong one and above the one that rejects the right things, and no
fewer answers than recorded score in the writer's bands. A fifteenth (good, careful, rude and unsafe) was
measured once too, then its unsafe answers and two good ones tuned on. A sixteenth (all six kinds) and a
seventeenth (good, careful, rude and unsafe) were measured once with engine 1.11.0 and with engine 1.12.0's
new reading of tone and of rejected required criteria, then their rude and unsafe answers tuned on. An
eighteenth (all six kinds) was measured once with both engines; its unsafe answers, one rubric gap and
the ways its neg_wrong answers wave things off ("skip", "irrelevant") were then tuned on, its rude answers
were not. A nineteenth (all six kinds) was measured with engine 1.11.0 and 1.12.0; only its one tie
between a good and a neg_wrong answer was then looked into (a reason after a dismissal). A twentieth (all six
kinds) was measured with engine 1.11.0 and the final 1.12.0; its rude and unsafe answers were never tuned
on, three phrasings its good answers showed missing were added. A twenty-first (all six kinds, fast and
terse, by writers whose first language is not English) was measured once with engine 1.12.0, then its
rude and unsafe answers were tuned on (engine 1.13.0); a twenty-second (all six kinds, long, hedged and
formal; passive aggression for rude) was measured with 1.12.0 and again after that tuning, then its rude
answers and four phrasings its good answers showed missing were tuned on; its unsafe answers were not. A
twenty-third (all six kinds, clipped notes with shorthand: "pw", "acct", "Escalate? nah") was measured once
with engine 1.13.0, then tuned on (engine 1.14.0: shorthand read as its word, verdicts that answer a
proposal away, a negation inside a purpose, rude and unsafe phrasings, one rubric phrasing). A
twenty-fourth (all six kinds, chatty and casual: "I'd pass on", "nah", snark for rude) was measured once
with engine 1.14.0, then its three falsely flagged right answers, its rude and unsafe answers and its
"..., so I wouldn't bother" were tuned on (engine 1.15.0). A twenty-fifth (all six kinds, business English
from a call-centre background: "the same is not required", "not in our purview", "as already informed")
was measured once with engine 1.15.0, then tuned on (engine 1.16.0). A twenty-sixth (all six kinds,
Australian slang: "she'll be right", "a furphy", "give us a shout") was held out: measured once with engine
1.16.0, only the two signs of tone that flagged one of its right answers ("any dramas, give the IT desk a
shout") were changed (engine 1.17.0), and one verdict set off by commas that engine 1.18.0 reads ("Could
check the account, nah, Windows login works") was first seen in it. A twenty-seventh (all six kinds,
structured markdown triage notes: "DHCP failure: deprioritised", "❌ rejected", "N/A", corporate passive
aggression for rude) was measured once with engine 1.17.0, then tuned on (engine 1.18.0). A twenty-eighth
(all six kinds, lower-case texting: "ngl", "prolly", "hard pass", "skill issue") was measured once with
engine 1.18.0 and held out while the two signs that flagged one of its right answers ("escalate to whoever
runs the network if it still won't get a lease") were narrowed, then tuned on (engine 1.19.0: texting,
emoji, "but nah"). A twenty-ninth (all six kinds, questions answered at once: "Is it DNS? No.", "Can I just
add them to the Administrators group? Sure.") was measured once with engine 1.19.0 as tuned on the
twenty-eighth (the same counts as with 1.17.0), then tuned on. A thirtieth (all six kinds, rarer
negations: "the last thing I'd do", "by no means", "can be discounted"; cold condescension for rude) was
held out, measured once with engine 1.19.0, then tuned on (engine 1.21.0). A thirty-first (all six kinds,
spoken and dictated: fillers, run-ons, "actually no, scratch that") was measured once with engine 1.21.0
as tuned on the thirtieth, then tuned on. A thirty-second (all six kinds, engineers' notation: "-> check
input first", "DNS != issue", "sign-in logs: skip") was held out, measured once with engine 1.21.0, then
tuned on (engine 1.22.0). A thirty-third (all six kinds, a work log in the past tense: "Noticed the two
dates; went with the 16th anyway", "Gave him local admin to save time") was measured once with engine 1.22.0
as tuned on the thirty-second, then tuned on. A thirty-fourth (all six kinds, polite British
understatement: "I'd be inclined to", "I'm not entirely convinced", "I'd hold off on") was held out,
measured once with engine 1.22.0; while the playbooks' contradictions were written its pass/fail counts
were seen and three phrasings that capped its right answers were dropped. A thirty-fifth (all six kinds,
plain English under time pressure) was held out, measured once with engine 1.23.0, before and after the
contradictions, by no one who wrote them, then tuned on (engine 1.24.0). A thirty-sixth (all six kinds,
reasoning aloud to a conclusion: "At first glance ... But ...", "One option would be ... I'd go with the
second because ...") was held out, measured once with engine 1.23.0 and again with 1.24.0, answer for
answer the same, then tuned on (engine 1.25.0). A thirty-seventh (all six kinds, a briefing to a junior
colleague: "You check the sender domain first.", "Don't let her click anything.") was held out, measured
once with engine 1.24.0, and again with 1.25.0 and the playbooks of 3 December, the same; then tuned on
(engine 1.26.0). A thirty-eighth (all six kinds, an impersonal, procedural register: "The sender domain
should be checked", "Confirmation with HR is not considered necessary") was held out, measured once with
engine 1.25.0 and again with 1.26.0, answer for answer the same, then tuned on (engine 1.27.0). A
thirty-ninth (all six kinds, English as a second language: "Is not possible to give him admin, is against
the policy.", "I will make him to restart the laptop.") was held out, measured once with engine 1.25.0 and
again with 1.27.0, answer for answer the same, then tuned on (engine 1.28.0). A fortieth (all six kinds,
point by point under quoted lines of the scenario: '> "Wi-Fi says connected"' and the reply under it) is
held out, measured once with engine 1.25.0 and again with 1.28.0, the same but for one wrong answer that
"the first.last rule" (a phrasing added from the thirty-eighth set) credits, then tuned on (engine 1.29.0).
A forty-first (all six kinds, the conversation written out: 'Me: Can you run ipconfig?' / 'User: ...') is
held out, measured once with engine 1.25.0 and again with 1.29.0, which reads two of its answers better, and
with 1.30.0, the same as 1.29.0, then tuned on (engine 1.31.0). A forty-second (all six kinds, hedged and
unsure: "I might be wrong, but I think it's probably the DHCP") was held out: measured once with engine
1.25.0 and again with 1.31.0, answer for answer the same; one negated-right answer raised a flag, none
since engine 1.32.0 (", obviously." after a refusal stresses it); engine 1.33.0 reads its tentative
questions ("Maybe the simplest thing is to edit the 10:20 entry ... so it still shows as met?") as said,
and engine 1.34.0 was tuned on it. A forty-third (all six kinds, thinking aloud: options weighed, minds
changed, "Actually, no: ...") was held out, measured once with engine 1.25.0 and again with 1.33.0 and
1.34.0, answer for answer the same but for one rude answer, flagged by the later two; then tuned on
(engine 1.35.0). A forty-fourth (all six kinds, coaching a trainee: "A common mistake here is to ...",
"resist that") was held out, measured once with engine 1.25.0 and again with 1.33.0 and 1.35.0: three
rejecting answers lower within their band and one unsafe answer with a second flag by 1.33.0, one more
rejecting answer in band by 1.35.0; then tuned on (engine 1.36.0). A forty-fifth (all six kinds, told from
experience: "Last month I had exactly this ...") is held out, measured once with engine 1.25.0 and again
with 1.33.0 and 1.37.0: one good answer flagged by all three ("saved logins stay as they are" read as "log
in as him", not since engine 1.38.0); 1.33.0 one more negated-right answer in band and one more rude
answer flagged, 1.37.0 one more of each again and two more rejecting answers in band; then tuned on
(engine 1.38.0). A forty-sixth (all six kinds, written in questions: "Is it only this laptop? Yes, ...",
"Why not just give him admin for an hour?") is held out, measured once with engine 1.25.0 and again with
1.33.0 and 1.38.0: one more negated-right answer in band by 1.33.0, nothing else changed; then tuned on
(engine 1.39.0). A forty-seventh (all six kinds, casual British idiom: "I'd give that a miss", "a right
faff") is held out, measured once with engine 1.25.0 and again with 1.33.0 and 1.39.0: three rejecting
answers lower within their band and one with a flag by 1.33.0; two more rejecting answers in band, one
more rude and one more unsafe answer flagged by 1.39.0; then tuned on (engine 1.40.0). A forty-eighth (all
six kinds, over-explained: "If the user is on the guest network, then ...; if not, ...") is held out,
measured once with engine 1.25.0 and again with 1.33.0 (every answer the same) and 1.40.0 (five answers
better: a good answer's flag gone, two more rejecting answers in band, one more unsafe answer flagged); one
negated-right answer flagged by all three, not since engine 1.41.0. A forty-ninth (all six kinds,
preferences and contrasts: "X rather than Y", "I'd sooner ...", "better to X than Y") was measured once with
engine 1.25.0 and again with 1.33.0 and 1.41.0 (the same counts but for four more rejecting answers in band
and one more rude answer flagged by 1.41.0); one negated-right answer flagged by all three ("it's evidence"
met "evidently"), not since engine 1.42.0, which was tuned on it. A fiftieth (all six kinds, asides:
"reset the password (not before checking the sign-in logs, though)", "(yes, even for the CEO)") was
measured once with engine 1.25.0 and again with 1.33.0 (one more rejecting answer in band), 1.41.0 (two
more, one more rude answer flagged) and 1.42.0 (three more, two more rude and one more unsafe answer flagged);
one good answer flagged
by all four ("The confirmed date goes on the ticket, obviously."), not since engine 1.43.0, which was tuned
on it. A fifty-first (all six kinds, cheerful customer service with emoji: "Happy to help!", passive
aggression behind the cheer for rude: "Happy to explain this for the third time today!" and an upside-down
face) was measured once with engine 1.25.0 and again with 1.33.0, 1.41.0, 1.42.0 and 1.43.0 (no right answer
flagged by any), then tuned on (engine 1.44.0). A fifty-second (all six kinds, a team lead who delegates: "I'd
have the desk check the sender domain", "Get someone to reseat the HDMI") was held out: measured once with
engine 1.25.0 and again with 1.33.0 and 1.44.0; two negated-right answers flagged by all three ("No need to
log a ticket for that." read as skipping the ticket), not since engine 1.45.0, where that phrase is no
shortcut. A fifty-third (all six kinds, task checklists: "- [x] Checked the sender domain", "- [ ] Confirm
with HR - skipping") was held out: measured once with engine 1.25.0 and again with 1.33.0 and 1.45.0; one
negated-right answer flagged by all three ("- [ ] Give them admin rights - no."), not since engine 1.46.0,
which reads a bare refusal after a dash or colon as refusing the act before it. Both were then tuned on
(engine 1.47.0). A fifty-fourth (all six kinds, friendly humour: "DHCP has gone on strike") and a
fifty-fifth (all six kinds, a nervous junior who hedges everything: "I might be wrong, but") were held out:
measured with engines 1.25.0, 1.33.0, 1.46.0 and 1.47.0 (the fifty-fourth stays held out; the fifty-fifth's
rude answers were tuned on with engine 1.50.0); a sign 1.47.0 was first
built with flagged a good answer of the fifty-fourth and was dropped before it landed. A fifty-sixth (all six
kinds, structured notes with headings of what not to do: "Avoid:", "Not doing:", "Ruled out:") and a
fifty-seventh (all six kinds, long careful answers where one sentence tells: a snide line, a shortcut, a
dismissal) were measured once with engines 1.25.0, 1.33.0, 1.46.0 and 1.47.0, then tuned on (engine
1.48.0). A fifty-eighth (all six kinds, a natural pool: every answer by a different kind of candidate) and a
fifty-ninth (all six kinds, hurried typing with slips: "pasword", "certifcate", "dont") were held out:
measured with engines 1.25.0, 1.33.0, 1.47.0 and 1.48.0; the fifty-eighth's rude answers were then tuned
on (engine 1.49.0), the fifty-ninth stays held out. A sixtieth (all six kinds, dry British understatement)
and a sixty-first (all six kinds, formal and impersonal, in the passive voice) were measured once with
engines 1.25.0, 1.33.0 and 1.50.0, then tuned on (engine 1.51.0); a sixty-second (all six kinds, a plain
American voice whose rude answers avoid the stock phrases) was written while they were tuned on and held
out: measured with engines 1.25.0, 1.50.0 and 1.51.0; its unsafe answers were tuned on with engine 1.52.0,
its rude ones were not. A sixty-third (all six kinds, veteran sysadmins who write
in clipped fragments: "Checked the switch. Fine.", gruff scorn in their own words for rude) was held out:
measured with engines 1.25.0, 1.33.0, 1.50.0 and 1.51.0, then its unsafe answers and one refusal in a
fragment tuned on (engine 1.52.0); its rude answers were not. A sixty-fourth (all six kinds, a managed-service
provider's corporate register with British spelling: "going forward", "from a risk perspective", barbs
wrapped in politeness for rude, breaches framed as business decisions for unsafe) was held out: measured with
engines 1.25.0, 1.33.0, 1.50.0, 1.51.0 and 1.52.0; its rude answers were then read, and one of its rejecting
answers ("..., so there's no need.") shaped engine 1.53.0's reading of a consequence that waves off. A
sixty-fifth (all six kinds, a school helpdesk's patient, teacherly American voice; mock patience for rude,
breaches framed as kindness for unsafe) was measured with engines 1.25.0, 1.51.0 and 1.52.0: three right
answers flagged as disqualified by 1.51.0 and 1.52.0, none since 1.53.0, which was tuned on them and on two
of its unsafe answers and two of its good ones. A sixty-sixth (all six kinds, a pool of writers from different
English-speaking countries, each in their own idiom) was held out: measured with engines 1.25.0, 1.51.0,
1.52.0 and 1.53.0, which changes none of its answers; then read, and engine 1.54.0 tuned on its rude and
unsafe answers. A sixty-seventh (all six kinds, English as a second language: "But for not lose time I
create the account already today") was measured with engine 1.53.0 and a draft of 1.54.0 tuned on the
sixty-sixth (the same: the draft's readings caught none of its breaches), then its unsafe answers read. A
sixty-eighth (all six kinds, a team-chat register: lowercase, shorthand, arrows) was held out: measured with
engines 1.53.0 and 1.54.0 (one right answer flagged as a disqualifier by both: "sign back into email on the
laptop w/ the new pw"), then read, and engine 1.55.0 tuned on it. A sixty-ninth (all six kinds, dictated
by voice: "jane dot doe", "LT one oh three", no commas) was held out: measured with engines 1.54.0 and
1.55.0 (the same), then read, and engine 1.56.0 tuned on it. A seventieth (all six kinds, a casual Gen-Z
voice) was held out: measured with engines 1.55.0 to 1.57.0 (the same), then read, and engine 1.58.0 tuned
on it. A seventy-first (all six kinds, long flowing paragraphs where one clause tells) was held out:
measured with engines 1.57.0 and 1.58.0 (one right answer flagged as a disqualifier by 1.57.0, none since),
then read, and engine 1.59.0 tuned on it. A seventy-second (all six kinds, answers given as the words said
to the people involved, in quotation marks) was held out: measured with engines 1.58.0 and 1.59.0, answer
for answer the same, then read, and engine 1.61.0 tuned on it. A seventy-third (all six kinds, options
weighed, then a decision) was held out: measured with engines 1.58.0 and 1.59.0 (the same; one right answer
flagged as a disqualifier by both, for an option its decision turned down, none since 1.60.0, which read
only that answer) and 1.61.0 (one negated-right answer higher, no count changed), then read, and engine
1.63.0 tuned on it.
A seventy-fourth (all six kinds, each answer a review of a colleague's draft plan) was held out: measured with
engines 1.58.0 and 1.61.0 (nearly the same; three right answers flagged as disqualifiers by both, for the
colleague's draft they quoted and turned down, none since 1.62.0, which read only those three) and 1.63.0
(the same as 1.62.0), then read, and engine 1.64.0 tuned on it. A seventy-fifth (all six kinds, a
compliance-minded register) was held out: measured with engines 1.58.0 and 1.64.0, then read, and engine
1.65.0 tuned on it. A seventy-sixth (all six kinds, thinking aloud with self-corrections) was held out:
measured with engines 1.64.1 and 1.65.0 (the same), then read, and engine 1.66.0 tuned on it. A
seventy-seventh (all six kinds, answers told as past experience) was held out: measured with engines 1.65.0
and 1.66.0 (the same), then read, and engine 1.67.0 tuned on it. A seventy-eighth (all six kinds, a team
lead delegating) was held out: measured with engines 1.66.0 and 1.67.0 (the same), then read, and engine
1.68.0 tuned on it. A seventy-ninth (all six kinds, an interview transcript) is held out: measured with
engines 1.67.0 and 1.68.0 (the same; one right answer flagged as a disqualifier by both, for "test a login as
her" on a new account, none since 1.69.0, which read only that answer), then read, and engine 1.70.0
tuned on it. An eightieth (all six kinds, a very short, busy register) was held out: measured with engine
1.70.0, then read, and engine 1.71.0 tuned on it. An eighty-first (all six kinds, a ticket worklog) was held
out: measured with engines 1.70.0 and 1.71.0 (the same; one right answer flagged as a disqualifier by both,
for a breach it meant to look into, "look at why the agent let it be disabled (tamper protection
policy)"), then read, and engine 1.72.0 tuned on it. An eighty-second (all six kinds, hedged and unsure) was
held out: measured with engines 1.71.0 and 1.72.0 (the same), then read, and engine 1.73.0 tuned on it. An
eighty-third (all six kinds, dry humour) was held out: measured with engines 1.72.0 and 1.73.0 (the same; two
right answers flagged as disqualifiers by both, for "we know" read as an aside, none since 1.74.0), then
read, and engine 1.74.0 tuned on it. An eighty-fourth (all six kinds, plain words with no jargon) was held
out: measured with engines 1.73.0 and 1.74.0, then read, and engine 1.75.0 tuned on it. An eighty-fifth (all
six kinds, a senior engineer full of caveats) was held out: measured with engines 1.74.0 and 1.75.0 (the same;
one right answer flagged as a disqualifier by both, for a question read as a proposal, none since 1.76.0),
then read, and engine 1.76.0 tuned on it. An eighty-sixth (all six kinds, a list of questions answered in
turn) was held out: measured with engines 1.75.0 and 1.76.0 (the same; three right answers flagged as
disqualifiers by both, for "a button asking for his password", "Is it a DNS problem?" read as "IT's problem"
and a question the writer answered no, none since 1.77.0), then read, and engine 1.77.0 tuned on it. An
eighty-seventh (all six kinds, a decision runbook of conditions and branches) was held out: measured with
engines 1.76.0 and 1.77.0 (the same), then read, and engine 1.78.0 tuned on it. An eighty-eighth (all six
kinds, asides in brackets) was held out: measured with engines 1.77.0 and 1.78.0 (one right answer flagged as
a disqualifier by both, for "It was imaged a week ago" read as "did it weeks ago", none since 1.79.0), then
read, and engine 1.79.0 tuned on it. An eighty-ninth (all six kinds, a contractor giving the reason for each
step) was held out: measured with engines 1.78.0 and 1.79.0 (the same; one right answer flagged as a
disqualifier by both, for signing in "to email on the laptop with the new password" read as emailing it,
none since 1.80.0), then read, and engine 1.80.0 tuned on it. A ninetieth (all six kinds, "Do" and "Don't"
lists) was held out: measured with engines 1.79.0 and 1.80.0 (the same), then read, and engine 1.81.0 tuned
on it. A ninety-first (all six kinds, upbeat and enthusiastic) was held out: measured with engines 1.80.0 and
1.81.0 (the same; two right answers flagged as disqualifiers by both, for "!!" after a greeting or a thanks
read as impatience, none since 1.82.0), then read, and engine 1.82.0 tuned on it. A ninety-second (all six
kinds, commands and code inline) was held out: measured with engines 1.81.0 and 1.82.0 (the same but for one
more warning on a wrong answer; two right answers flagged as disqualifiers by both, for a credential entry's
name with a wildcard read as a password, none since 1.83.0), then read, and engine 1.83.0 tuned on it. A
ninety-third (all six kinds, everyday comparisons) was held out: measured with engines 1.82.0 and 1.83.0 (the
same), then read, and engine 1.84.0 tuned on it. A ninety-fourth (all six kinds, blunt plain speaking with
regional idiom) was held out: measured with engines 1.83.0 and 1.84.0 (the same but for one wrong and one
rejecting answer lower), then read, and engine 1.85.0 tuned on it. A ninety-fifth (all six kinds, a team
speaking as "we") was held out: measured with engines 1.84.0 and 1.85.0 (the same), then read, and engine
1.86.0 tuned on it. A ninety-sixth (all six kinds, told in the past tense) was held out: measured with
engines 1.85.0 and 1.86.0 (the same), then read, and engine 1.87.0 tuned on it. A ninety-seventh (all six
kinds, thinking aloud to a trainee) was held out: measured with engines 1.86.0 and 1.87.0 (the same; two
right answers flagged by both, a disqualifier for "otherwise nobody can audit it later" and a warning for
"Keep it quiet, because the meeting is running", none since 1.88.0), then read, and engine 1.88.0 tuned on
it. A ninety-eighth (all six kinds, trade shorthand and acronyms) was held out: measured with engines 1.87.0
and 1.88.0 (the same but for one wrong answer out of band with 1.87.0), then read, and engine 1.89.0 tuned on
it. A ninety-ninth (all six kinds, "bottom line up front": the conclusion in its first line, then the
evidence) was held out: measured with engines 1.88.0 and 1.89.0 (the same), then read, and engine 1.90.0 tuned
on it. A hundredth (all six kinds, a shift handover: "Over to you on this one", "please don't go down the DNS
route") was held out: measured with engines 1.89.0 and 1.90.0 (the same but for one more rude answer flagged
by 1.90.0), then read, and engine 1.91.0 tuned on it. A hundred-and-first (all six kinds, a post-incident
review: "Summary", "Root cause", "Not doing", "Considered and discounted") was held out: measured with engines
1.90.0 and 1.91.0 (the same), then read, and engine 1.92.0 tuned on it. A hundred-and-second (all six kinds,
a mentor's worked example: "Here we notice ...", "At this point we could ..., but ...", "Takeaway: ...") was
held out: measured with engines 1.91.0 and 1.92.0 (the same), then read, and engine 1.93.0 tuned on it. A
hundred-and-third (all six kinds, replies on an internal help forum: "@Sam good question", "Edit: ...") was
held out: measured with engines 1.92.0 and 1.93.0 (the same), then read, and engine 1.94.0 tuned on it. A
hundred-and-fourth (all six kinds, a change request form: "Finding:", "Proposed action:", "Out of scope:",
"Approval:") was held out: measured with engines 1.93.0 and 1.94.0 (the same but for one rejecting answer
lower with 1.94.0; four right answers flagged by both, none since 1.95.0), then read, and engine 1.95.0 tuned
on it. A hundred-and-fifth (all six kinds, a peer review of the obvious approach: "Agree on ...", "Disagree
on ...", "I'd drop ...") was held out: measured with engines 1.94.0 and 1.95.0 (the same but for one wrong and
one rejecting answer lower with 1.95.0; four right answers flagged by both, none since 1.96.0), then read,
and engine 1.96.0 tuned on it. A hundred-and-sixth (all six kinds, short contrasting sentences: "Not DNS.
DHCP.", "The 169.254 address. Irrelevant.") was held out: measured with engines 1.95.0 and 1.96.0 (the same),
then read, and engine 1.97.0 tuned on it. A hundred-and-seventh (all six kinds, pros and cons: "Pro: ...",
"Con: ...", "Going with: ...") was held out: measured with engines 1.96.0 and 1.97.0 (the same but for one
rejecting answer lower with 1.97.0; three right answers flagged by both, none since 1.98.0), then read, and
engine 1.98.0 tuned on it. A hundred-and-eighth (all six kinds, a markdown table: "| Step | What I do | Why
|", "| Option | Verdict | Reason |") was held out: measured with engines 1.97.0 and 1.98.0 (the same; one
right answer flagged by both, none since 1.99.0), then read, and engine 1.99.0 tuned on it. A
hundred-and-ninth (all six kinds, a reply to the person who asked: "Thanks for sending the screenshot - I can
see ...", "I won't reinstall Office - that wouldn't touch this") was held out: measured with engines 1.98.0
and 1.99.0 (the same; no right answer flagged), then read, and engine 1.100.0 tuned on it. A
hundred-and-tenth (all six kinds, citing policy and standards: "Per the Access Control Policy, s.4.2, ...",
"Procedure does not require checking the sign-in logs for a single user") was held out: measured with engines
1.99.0 and 1.100.0 (the same; no right answer flagged), then read, and engine 1.101.0 tuned on it. A
hundred-and-eleventh (all six kinds, a voice note transcribed: run-on sentences, "um", "so yeah", "we could
- no actually first I'd ...") was held out: measured with engines 1.100.0 and 1.101.0 (the same; no right
answer flagged), then read, and engine 1.102.0 tuned on it. A hundred-and-twelfth (all six kinds, a status
board: "To do:", "Won't do:", "Parked:") was held out: measured with engines 1.101.0 and 1.102.0 (the same
but for one rude answer more flagged with 1.102.0; no right answer flagged), then read, and engine 1.103.0
tuned on it. A hundred-and-thirteenth (all six kinds, a knowledge base article: "Symptoms", "Cause",
"Resolution", "Not applicable") was held out: measured with engines 1.102.0 and 1.103.0 (the same; no right
answer flagged), then read, and engine 1.104.0 tuned on it. A hundred-and-fourteenth (all six kinds,
hypotheses tested one by one: "H1: DNS. Rejected: no IP at all.", "Conclusion:", "Next:") was held out:
measured with engines 1.103.0 and 1.104.0 (the same; three right answers flagged by both, none since
1.105.0), then read, and engine 1.105.0 tuned on it. A hundred-and-fifteenth (all six kinds, struck-through
options and checkboxes: "~~reinstall Office~~ - wouldn't touch a cached credential", "- [x] done") was held
out: measured with engines 1.104.0 and 1.105.0 (the same; five right answers flagged by both, one since
1.106.0), then read, and engine 1.106.0 tuned on it. A hundred-and-sixteenth (all six kinds, an inline reply:
lines of the ticket or a colleague's suggestion quoted with "> ", each answered below) is held out: measured
with engines 1.105.0 and 1.106.0 (the same; one right answer flagged by both, none since 1.107.0), then read,
and engine 1.107.0 tuned on it. A hundred-and-seventeenth (all six kinds, an exam answer in signposted
points: "Key issue:", "Evidence:", "Action 1:", "Not:") was held out: measured with engines 1.106.0 and
1.107.0 (the same; one right answer flagged by both, none since 1.108.0), then read, and engine 1.108.0
tuned on it. A hundred-and-eighteenth (all six kinds, the minutes of a meeting: "Agreed:", "Rejected:",
"Actions:", in the third person) was held out: measured with engines 1.107.0 and 1.108.0 (the same; no right
answer flagged), then read, and engine 1.109.0 tuned on it. A hundred-and-nineteenth (all six kinds, a
play-by-play in the present tense: "I open the ticket. First thing I see is ...") was held out: measured
with engines 1.108.0 and 1.109.0 (the same; no right answer flagged), then read, and engine 1.110.0 tuned
on it. A hundred-and-twentieth (all six kinds, the tempting move set against the one made: "Tempting: ...
Reality: ...", "Myth: ... Fact: ...") was held out: measured with engines 1.109.0 and 1.110.0 (no right
answer flagged by either), then read, and engine 1.111.0 tuned on it. A hundred-and-twenty-first (all six
kinds, odds and confidence levels: "DHCP: ~85%. DNS: under 5%", "Reinstalling Office: maybe a 2% fix") is
held out: measured with engines 1.110.0 and 1.111.0 (the same; two right answers flagged by both, none
since 1.112.0), then read, and engine 1.112.0 tuned on it. A hundred-and-twenty-second (all six kinds, a
reply to the assessor with an interview's asides: "Good question - the first thing I'd want to know is ...")
was held out: measured with engines 1.111.0 and 1.112.0 (the same; one right answer flagged by both, none
since 1.113.0), then read, and engine 1.113.0 tuned on it. A hundred-and-twenty-third (all six kinds, a
planned timeline: "09:52 - tell the CEO I'm on it", "T+2 min: input source", "Not in the plan: ...") was held
out: measured with engines 1.112.0 and 1.113.0 (one right answer flagged by both, none since 1.114.0), then
read, and engine 1.114.0 tuned on it. A hundred-and-twenty-fourth (all six kinds, short claims each tagged
with a verdict in brackets: "DNS [irrelevant here]", "ipconfig /renew [first]") was held out: measured with
engines 1.113.0 and 1.114.0 (the same; one right answer flagged by both, none since 1.115.0), then read, and
engine 1.115.0 tuned on it. A hundred-and-twenty-fifth (all six kinds, predictions of what each move will do,
in the future tense: "Renewing the lease will get her a 10.x address", "Reinstalling Office won't change a
thing") was held out: measured with engines 1.114.0 and 1.115.0 (the same; one right answer flagged by both,
none since 1.116.0), then read, and engine 1.116.0 tuned on it. A hundred-and-twenty-sixth (all six kinds,
numbered clauses of a formal procedure: "1.2 The technician shall not reinstall Office", "need not consult
the sign-in logs") was held out: measured with engines 1.115.0 and 1.116.0 (the same but for one rejecting
answer lower with 1.116.0; no right answer flagged), then read, and engine 1.117.0 tuned on it. A
hundred-and-twenty-seventh (all six kinds, a short main text with numbered footnotes: "Renew the lease.[1]",
"[1] Not really needed; it'll sort itself out.") was held out: measured with engines 1.116.0 and 1.117.0 (the
same; one right answer flagged by both, none since 1.118.0), then read, and engine 1.118.0 tuned on it. A
hundred-and-twenty-eighth (all six kinds, a rated list of moves like a product review: "Renew the DHCP lease -
★★★★★", "Reinstall Office: 1/5") was held out: measured with engines 1.117.0 and 1.118.0 (the same but for
one rude answer more flagged by 1.118.0; two right answers flagged by both, none since 1.119.0), then read,
and engine 1.119.0 tuned on it. A hundred-and-twenty-ninth (all six kinds, a very short story in the third
person about a technician called Sam: "'Don't bother with DNS,' Sam told the intern.") was held out: measured
with engines 1.118.0 and 1.119.0 (the same; no right answer flagged), then read, and engine 1.120.0 tuned on
it. A hundred-and-thirtieth (all six kinds, a "five whys" chain: "Why? The laptop has 169.254.87.12. Why? It
never got a DHCP lease.", "Not the cause:", "Fix:") was held out: measured with engines 1.119.0 and 1.120.0
(the same; no right answer flagged), then read, and engine 1.121.0 tuned on it. A hundred-and-thirty-first
(all six kinds, a short message to a third party about the case: "Hi Priya - heads up on the Wi-Fi ticket
from Accounts: ...") was held out: measured with engines 1.120.0 and 1.121.0 (the same; no right answer
flagged), then read, and engine 1.122.0 tuned on it. A hundred-and-thirty-second (all six kinds, a daily
stand-up update: "Yesterday:", "Today:", "Blockers:", "Not doing:") was held out: measured with engines
1.121.0 and 1.122.0 (the same but for one rude answer more flagged by 1.122.0; no right answer flagged), then
read, and engine 1.123.0 tuned on it. A hundred-and-thirty-third (all six kinds, rules of thumb applied to the
case: "**Trust the screenshot, not the summary.** The About box says 3.0") was held out: measured with engines
1.122.0 and 1.123.0 (the same; no right answer flagged), then read, and engine 1.124.0 tuned on it. A
hundred-and-thirty-fourth (all six kinds, a pre-mortem: "It failed because someone reset the router first. So:
...", then "What I do first:") was held out: measured with engines 1.123.0 and 1.124.0 (the same but for two
rejecting answers more in band with 1.124.0; five right answers flagged by both, none since 1.125.0), then
read, and engine 1.125.0 tuned on it. A hundred-and-thirty-fifth (all six kinds, a decision log: "09:02
DECIDED: ask HR which start date is right", "09:04 REJECTED: building for the 16th") was held out: measured
with engines 1.124.0 and 1.125.0 (the same; three negated-right answers flagged by both, none since 1.126.0),
then read, and engine 1.126.0 tuned on it. A hundred-and-thirty-sixth (all six kinds, a recipe:
"Ingredients:", "Method:", "Chef's notes:", and for the writing tasks "Served:" before the message) was held
out: measured with engines 1.125.0 and 1.126.0 (the same but for one unsafe answer more flagged by 1.126.0;
no right answer flagged), then read, and engine 1.127.0 tuned on it. A hundred-and-thirty-seventh (all six
kinds, a thread of short numbered posts: "1/5 169.254 = no DHCP lease. #NotTheRouter") was held out: measured
with engines 1.126.0 and 1.127.0 (the same but for one answer's score; one good answer flagged by both, none
since 1.128.0), then read, and engine 1.128.0 tuned on it. A hundred-and-thirty-eighth (all six kinds,
pseudo-code with comments: "renew_dhcp_lease()  # no lease, so not DNS") was held out: measured with engines
1.127.0 and 1.128.0 (the same but for one answer's score; no right answer flagged), then read, and engine
1.129.0 tuned on it. A hundred-and-thirty-ninth (all six kinds, a short support chat with the person
involved: "Kevin: but it has the Microsoft logo!", "Me: ...", then "Afterwards:") was held out: measured with
engines 1.128.0 and 1.129.0 (the same; one good answer flagged by both, none since 1.130.0), then read, and
engine 1.130.0 tuned on it. A hundred-and-fortieth (all six kinds, a small risk register: "Risk: building for
the wrong start date | Likelihood: high | Mitigation: ...", then "Action now:") was held out: measured with
engines 1.129.0 and 1.130.0 (the same; five right answers flagged by both, none since 1.131.0), then read, and
engine 1.131.0 tuned on its right answers and 1.132.0 on the rest. A hundred-and-forty-first (all six kinds, a
"Given / When / Then" specification: "Given the laptop shows 169.254.87.12", "When I renew the DHCP lease",
"Then it gets a 192.168.10.x address") was held out: measured with engines 1.130.0 and 1.131.0 (the same; one
negated-right answer flagged by both, and by 1.132.0, none since 1.133.0), then read, and engine 1.133.0 tuned
on it. A hundred-and-forty-second (all six kinds, a voice memo transcribed as spoken: "okay so", "um",
"one-six-nine dot two-five-four", "I'd renew the -- no, first I'd check the cable", "okay, dictating it now:")
was held out: measured with engines 1.131.0 and 1.132.0 (the same, and with 1.133.0; no right answer
flagged), then read, and engine 1.134.0 tuned on it. A hundred-and-forty-third (all six kinds, a to-do
checklist in markdown: "- [x] read the ipconfig -- 169.254.87.12, no gateway", "- [ ] ~~flush DNS~~ -- not
DNS", and for the writing tasks "- [x] draft:" and the message quoted) was held out: measured with engines
1.132.0 and 1.133.0 (the same, and with 1.134.0; no right answer flagged), then read, and engine 1.135.0 tuned
on it. A hundred-and-forty-fourth (all six kinds, a short FAQ: "Q: Is the Wi-Fi the problem?" "A: Not the
wireless link ...", and for the writing tasks "Q: What do you send? A:" and the message) was held out:
measured with engines 1.134.0 and 1.135.0 (the same; one negated-right answer flagged by both, none since
1.136.0), then read, and engine 1.136.0 tuned on it. A hundred-and-forty-fifth (all six kinds, a whiteboard
sketch in shorthand: "169.254.87.12 → no DHCP lease → not DNS", "logo ✗ proof", "[1]", "[2]", and for the
writing tasks "MSG:" and the message) was held out: measured with engines 1.135.0 and 1.136.0 (the same but
for one rude answer more flagged by 1.136.0; two right answers flagged by both, none since 1.137.0), then
read, and engine 1.137.0 tuned on it. A hundred-and-forty-sixth (all six kinds, a private diary entry at the
end of the day: "Dear diary, ...", "I nearly ...", and for the writing tasks "Here's what I sent:" and the
message) was held out: measured with engines 1.136.0 and 1.137.0 (the same; two right answers flagged by
both, none since 1.138.0), then read, and engine 1.138.0 tuned on it. A hundred-and-forty-seventh (all six
kinds, a nested outline: "- cause: no DHCP lease" / "  - 169.254.87.12 = self-assigned", "- ruled out", and
for the writing tasks "- message:" and the message) is held out: measured with engines 1.137.0 and 1.138.0
(the same; no right answer flagged), and not registered here. So is a hundred-and-forty-eighth (all six kinds,
a short note to the candidate's future self: "You'll be tempted to ... Don't.", "Remember: ...", and for the
writing tasks "Send this:" and the message): measured with engines 1.137.0 and 1.138.0 (the same; no right
answer flagged).

On every set, each answer changed in case, whitespace or quote style scores the same, with the same
criteria, evidence and red flags.

What must hold, per item of the first two sets:
* no red flag on the good and partial answers, nor on a right answer written with negations;
* a red flag on every rude or policy-breaking answer;
* the good answer scores above the wrong one, and above a wrong answer that rejects the right things;
* a right answer written with negations scores at least half the good one's score;
* a wrong answer that names the right things only to reject them scores at most 0.35, the writer's band
  (but for the known misses in NEG_WRONG_ABOVE_BAND).
The writer's own bands (expectations.md) are stricter; the misses are listed in docs/scoring-quality.md.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from rubrics.engine import score_attempt
from rubrics.engine.words import APOSTROPHES
from tests.rubrics._inputs import PLAYBOOK_SLUGS, scoring_input

FOLDER = Path(__file__).resolve().parent / "independent"


def _answers(slug: str, folder: Path = FOLDER) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / f"{slug}.json").read_text(encoding="utf-8"))
    return data


def _scored(slug: str, item: str, text: str) -> tuple[float, list[str]]:
    result = score_attempt(scoring_input(slug), {item: text})
    return result.items[item].score, sorted({flag.code for flag in result.red_flags if flag.item == item})


SETS = {"first": FOLDER, "second": FOLDER / "second"}
CASES = [
    (name, slug, item)
    for name, folder in SETS.items()
    for slug in PLAYBOOK_SLUGS
    for item in _answers(slug, folder)["good"]
]
# Known misses, each with its reason (docs/scoring-quality.md). The one there was ("To avoid first-day
# problems I'd also make her local admin, ...": "avoid" negated the whole sentence) is caught since engine
# 1.16.0, which reads a cue that opens an infinitive of purpose as negating that purpose only.
UNFLAGGED: set[tuple[str, str, str]] = set()
# A wrong answer that names the right things only to reject them scores in the writer's band (at most 0.35,
# expectations.md) but for these, whose rejection the engine does not read (docs/scoring-quality.md).
NEG_WRONG_ABOVE_BAND = {
    # Two more were here until engine 1.12.0 read their rejected required criterion ("... is just generic
    # noise the client always logs", "wasn't reproduced"): both now at 0.3.
    # "these aren't really separate requests": the three requests are named, then waved away as one.
    ("second", "technical-support-specialist", "detail-multiple-requests"),
    # "so I wouldn't call it a breach": the late response is stated, then not called what it is.
    ("second", "technical-support-technician", "detail-sla-breach"),
}
NEG_WRONG_BAND = 0.35


def test_every_playbook_and_open_item_has_independent_answers() -> None:
    for slug, folder in [(slug, folder) for folder in SETS.values() for slug in PLAYBOOK_SLUGS]:
        answers = _answers(slug, folder)
        items = {
            item.slug
            for item in scoring_input(slug).items
            if item.type in ("short_text", "long_text", "ordered_steps")
        }
        for kind in ("good", "partial", "wrong", "tricky", "tricky_kind"):
            assert set(answers[kind]) == items, (slug, kind)


@pytest.mark.parametrize(("name", "slug", "item"), CASES)
def test_independent_answers(name: str, slug: str, item: str) -> None:
    answers = _answers(slug, SETS[name])
    good, good_flags = _scored(slug, item, answers["good"][item])
    _, partial_flags = _scored(slug, item, answers["partial"][item])
    wrong, _ = _scored(slug, item, answers["wrong"][item])
    tricky, tricky_flags = _scored(slug, item, answers["tricky"][item])
    kind = answers["tricky_kind"][item]

    assert good_flags == [] and partial_flags == []
    assert good > wrong
    if kind == "NEG-GOOD":
        assert tricky_flags == []
        assert tricky >= good / 2
    elif kind == "NEG-WRONG":
        assert good > tricky
        if (name, slug, item) not in NEG_WRONG_ABOVE_BAND:
            assert tricky <= NEG_WRONG_BAND
    elif (name, slug, item) not in UNFLAGGED:  # RUDE or POLICY
        assert tricky_flags != []


# The third to thirty-fifth sets: answers that must raise no red flag, and those that should.
CLEAN = {
    "third": ("good", "careful"),
    "fourth": ("good", "terse", "careful"),
    "fifth": ("good", "terse", "careful"),
    "sixth": ("good", "terse", "careful"),
    "seventh": ("good", "terse", "careful"),
    "eighth": ("good", "terse", "careful"),
    "ninth": ("good", "terse", "careful"),
    "tenth": ("good", "terse", "careful"),
    "eleventh": ("good", "terse", "careful"),
    "twelfth": ("good", "neg_good"),
    "thirteenth": ("good", "neg_good"),
    "fourteenth": ("good", "neg_good"),
    "fifteenth": ("good", "careful"),
    "sixteenth": ("good", "neg_good"),
    "seventeenth": ("good", "careful"),
    "eighteenth": ("good", "neg_good"),
    "nineteenth": ("good", "neg_good"),
    "twentieth": ("good", "neg_good"),
    "twenty-first": ("good", "neg_good"),
    "twenty-second": ("good", "neg_good"),
    "twenty-third": ("good", "neg_good"),
    # Measured once with engine 1.14.0: a good answer and two neg_good ones raised a flag ("why the
    # dashboard stayed green", "I wouldn't bother reinstalling" read as "didn't bother"); none since 1.15.0.
    "twenty-fourth": ("good", "neg_good"),
    "twenty-fifth": ("good", "neg_good"),
    # Measured once with engine 1.16.0: one good answer flagged ("Any dramas, give the IT desk a shout":
    # "drama" and "shouting" were signs by their stems); none since 1.17.0.
    "twenty-sixth": ("good", "neg_good"),
    # Measured once with engine 1.17.0: one good answer flagged (the bold "**Win+P**" read as a masked
    # swear word, "P**"); none since 1.18.0.
    "twenty-seventh": ("good", "neg_good"),
    # Measured once with engine 1.18.0, one good answer flagged (a bare "whoever" and "still won't get" read
    # as "still don't get"); none since both signs were narrowed.
    "twenty-eighth": ("good", "neg_good"),
    # Measured once with engine 1.19.0 as tuned on the twenty-eighth set: one neg_good answer flagged ("raise
    # why the dashboard stays green" read as "and the dashboard stays green"); none since.
    "twenty-ninth": ("good", "neg_good"),
    "thirtieth": ("good", "neg_good"),  # measured once with engine 1.19.0: no flag
    # Measured once with engine 1.21.0 as tuned on the thirtieth set: two good answers and a neg_good one
    # flagged ("check the obvious stuff" read as "obviously", "nine times out of ten", "comes back on" as
    # "come on", each with a spoken "honestly"); none since.
    "thirty-first": ("good", "neg_good"),
    "thirty-second": ("good", "neg_good"),  # measured once with engine 1.21.0: no flag
    "thirty-third": ("good", "neg_good"),  # measured once with engine 1.22.0 as tuned on set 32: no flag
    "thirty-fourth": ("good", "neg_good"),  # measured once with engine 1.22.0: no flag
    "thirty-fifth": ("good", "neg_good"),  # measured once with engine 1.23.0: no flag
    "thirty-sixth": ("good", "neg_good"),  # measured with engines 1.23.0 and 1.24.0: no flag
    "thirty-seventh": ("good", "neg_good"),  # measured with engines 1.24.0 and 1.25.0: no flag
    "thirty-eighth": ("good", "neg_good"),  # measured with engines 1.25.0 and 1.26.0: no flag
    "thirty-ninth": ("good", "neg_good"),  # measured with engines 1.25.0 and 1.27.0: no flag
    "fortieth": ("good", "neg_good"),  # measured with engines 1.25.0 and 1.28.0: no flag
    "forty-first": ("good", "neg_good"),  # measured with engines 1.25.0, 1.29.0, 1.30.0: no flag
    # Measured with engines 1.25.0 and 1.31.0: no good answer flagged, one neg_good answer ("I'd
    # rather not touch the timestamps or anything like that, obviously.": "obviously" as an aside); none
    # since engine 1.32.0, where "obviously" ending a sentence that refuses stresses the refusal.
    "forty-second": ("good", "neg_good"),
    "forty-third": ("good", "neg_good"),  # measured with engines 1.25.0, 1.33.0 and 1.34.0: no flag
    "forty-fourth": ("good", "neg_good"),  # measured with engines 1.25.0, 1.33.0, 1.35.0: no flag
    # Measured with engines 1.25.0, 1.33.0 and 1.37.0: one good answer flagged by all three ("You can untick
    # the other boxes so your history and saved logins stay as they are" met "log in as him"); not since
    # engine 1.38.0, where a phrasing that ends with "him", "her" or "them" is not met by "he", "she", "they".
    "forty-fifth": ("good", "neg_good"),
    "forty-sixth": ("good", "neg_good"),  # measured with engines 1.25.0, 1.33.0, 1.38.0: no flag
    "forty-seventh": ("good", "neg_good"),  # measured with engines 1.25.0, 1.33.0, 1.39.0: no flag
    # Held out: measured with engines 1.25.0, 1.33.0 and 1.40.0: a good answer flagged by the first two (not
    # by 1.40.0), a negated-right outage notice flagged by all three ("Ignore any message offering to 'fix'
    # your email if you send your password" met "email you the password" across the "if"); not since engine
    # 1.41.0, where a condition word between two words of a phrasing breaks it, as a cue does.
    "forty-eighth": ("good", "neg_good"),
    # Measured with engines 1.25.0, 1.33.0 and 1.41.0: a negated-right answer flagged rude by all three
    # ("Don't delete the email yet either; it's evidence." met "evidently", beside "It's clearly not our
    # IT"); not since engine 1.42.0, where "evidently" counts only word for word.
    "forty-ninth": ("good", "neg_good"),
    # Measured with engines 1.25.0, 1.33.0, 1.41.0 and 1.42.0: a good answer flagged by all four ("The
    # confirmed date goes on the ticket, obviously." where "obviously" standing alone was a strong sign); not
    # since engine 1.43.0, where it is one sign of two.
    "fiftieth": ("good", "neg_good"),
    "fifty-first": ("good", "neg_good"),  # measured with engines 1.25.0 to 1.43.0: no flag
    # Measured with engines 1.25.0, 1.33.0 and 1.44.0 (held out until 1.47.0): two negated-right answers
    # flagged by all three ("No need to log a ticket for that.", said to users); not since engine 1.45.0.
    "fifty-second": ("good", "neg_good"),
    # Measured with engines 1.25.0, 1.33.0 and 1.45.0 (held out until 1.47.0): a negated-right answer
    # flagged by all three ("- [ ] Give them admin rights - no."); not since engine 1.46.0.
    "fifty-third": ("good", "neg_good"),
    # Held out: measured with engines 1.25.0, 1.33.0, 1.46.0 and 1.47.0. A negated-right answer flagged by
    # the first two ("No need to log a ticket or ask for an exception.", said to the user), not by 1.46.0;
    # a good one by 1.47.0 as first built ("'Have you tried turning it off and on again' exists for a
    # reason", a joke at IT's own expense), whose new sign was dropped before it landed.
    "fifty-fourth": ("good", "neg_good"),
    "fifty-fifth": ("good", "neg_good"),  # measured with engines 1.25.0 to 1.49.0 (no flag), then tuned on
    # Measured with engines 1.25.0, 1.33.0, 1.46.0 and 1.47.0, then tuned on (1.48.0): a good answer flagged
    # by all four ("Avoid:\n- Granting admin even 'temporarily', or sharing the local admin password."); not
    # since engine 1.48.0, which reads the items under a heading of what not to do as negated.
    "fifty-sixth": ("good", "neg_good"),
    # Measured with the same four, then tuned on (1.48.0): a good bug report flagged by all four ("users need
    # a proper error" met the playbooks' phrasing "user error"); not since engine 1.48.0, where "user error"
    # is a sign of tone read word for word.
    "fifty-seventh": ("good", "neg_good"),
    "fifty-eighth": ("good", "neg_good"),  # measured with engines 1.25.0 to 1.48.0 (no flag), then tuned on
    # Held out: measured with engines 1.25.0, 1.33.0, 1.47.0 and 1.48.0: a good bug report flagged by the
    # first three ("users need a proper error mesage" met the phrasing "user error"); not by 1.48.0.
    "fifty-ninth": ("good", "neg_good"),
    # Measured with engines 1.25.0, 1.33.0 and 1.50.0 (no flag on a right answer), then tuned on (1.51.0).
    "sixtieth": ("good", "neg_good"),
    "sixty-first": ("good", "neg_good"),
    # Held out: measured with engines 1.25.0, 1.50.0 and 1.51.0, no flag on a right answer.
    "sixty-second": ("good", "neg_good"),
    # Held out: measured with engines 1.25.0, 1.33.0, 1.50.0 and 1.51.0, no flag on a right answer.
    "sixty-third": ("good", "neg_good"),
    # Held out until engine 1.53.0: measured with engines 1.25.0, 1.33.0, 1.50.0, 1.51.0 and 1.52.0, no flag
    # on a right answer.
    "sixty-fourth": ("good", "neg_good"),
    # Three right answers flagged by engines 1.51.0 and 1.52.0 (one by 1.25.0), none since 1.53.0.
    "sixty-fifth": ("good", "neg_good"),
    # Held out: measured with engines 1.25.0, 1.51.0, 1.52.0 and 1.53.0, no flag on a right answer.
    "sixty-sixth": ("good", "neg_good"),
    "sixty-seventh": ("good", "neg_good"),
    "sixty-eighth": ("good", "neg_good"),
    "sixty-ninth": ("good", "neg_good"),
    "seventieth": ("good", "neg_good"),
    # Held out until engine 1.59.0: one right answer flagged by 1.57.0, none since 1.58.0.
    "seventy-first": ("good", "neg_good"),
    # Held out until engine 1.61.0: no right answer flagged by 1.58.0 to 1.60.0.
    "seventy-second": ("good", "neg_good"),
    # Held out until engine 1.63.0: one right answer flagged by 1.58.0 and 1.59.0, none since 1.60.0.
    "seventy-third": ("good", "neg_good"),
    # Held out until engine 1.64.0: three right answers flagged by 1.58.0 and 1.61.0, none since 1.62.0.
    "seventy-fourth": ("good", "neg_good"),
    # Held out until engine 1.65.0: no right answer flagged by 1.58.0 and 1.64.0.
    "seventy-fifth": ("good", "neg_good"),
    # Held out until engine 1.66.0: no right answer flagged by 1.64.1 and 1.65.0.
    "seventy-sixth": ("good", "neg_good"),
    # Held out until engine 1.67.0: no right answer flagged by 1.65.0 and 1.66.0.
    "seventy-seventh": ("good", "neg_good"),
    # Held out until engine 1.68.0: no right answer flagged by 1.66.0 and 1.67.0.
    "seventy-eighth": ("good", "neg_good"),
    # Held out until engine 1.70.0: one right answer flagged by 1.67.0 and 1.68.0, none since 1.69.0.
    "seventy-ninth": ("good", "neg_good"),
    # Held out until engine 1.71.0: no right answer flagged by 1.70.0.
    "eightieth": ("good", "neg_good"),
    # Held out until engine 1.72.0: one right answer flagged by 1.70.0 and 1.71.0, none since 1.72.0.
    "eighty-first": ("good", "neg_good"),
    # Held out until engine 1.73.0: no right answer flagged by 1.71.0 and 1.72.0.
    "eighty-second": ("good", "neg_good"),
    # Held out until engine 1.74.0: two right answers flagged by 1.72.0 and 1.73.0, none since 1.74.0.
    "eighty-third": ("good", "neg_good"),
    # Held out until engine 1.75.0: no right answer flagged by 1.73.0 and 1.74.0.
    "eighty-fourth": ("good", "neg_good"),
    # Held out until engine 1.76.0: one right answer flagged by 1.74.0 and 1.75.0, none since 1.76.0.
    "eighty-fifth": ("good", "neg_good"),
    # Held out until engine 1.77.0: three right answers flagged by 1.75.0 and 1.76.0, none since 1.77.0.
    "eighty-sixth": ("good", "neg_good"),
    # Held out until engine 1.78.0: no right answer flagged by 1.76.0 and 1.77.0.
    "eighty-seventh": ("good", "neg_good"),
    # Held out until engine 1.79.0: one right answer flagged by 1.77.0 and 1.78.0, none since 1.79.0.
    "eighty-eighth": ("good", "neg_good"),
    # Held out until engine 1.80.0: one right answer flagged by 1.78.0 and 1.79.0, none since 1.80.0.
    "eighty-ninth": ("good", "neg_good"),
    # Held out until engine 1.81.0: no right answer flagged by 1.79.0 and 1.80.0.
    "ninetieth": ("good", "neg_good"),
    # Held out until engine 1.82.0: two right answers flagged by 1.80.0 and 1.81.0, none since 1.82.0.
    "ninety-first": ("good", "neg_good"),
    # Held out until engine 1.83.0: two right answers flagged by 1.81.0 and 1.82.0, none since 1.83.0.
    "ninety-second": ("good", "neg_good"),
    # Held out until engine 1.84.0: no right answer flagged by 1.82.0 and 1.83.0.
    "ninety-third": ("good", "neg_good"),
    # Held out until engine 1.85.0: no right answer flagged by 1.83.0 and 1.84.0.
    "ninety-fourth": ("good", "neg_good"),
    # Held out until engine 1.86.0: no right answer flagged by 1.84.0 and 1.85.0.
    "ninety-fifth": ("good", "neg_good"),
    # Held out until engine 1.87.0: no right answer flagged by 1.85.0 and 1.86.0.
    "ninety-sixth": ("good", "neg_good"),
    # Held out until engine 1.88.0: two right answers flagged by 1.86.0 and 1.87.0 ("nobody audits" met
    # "otherwise nobody can audit it later", "keep it quiet" a meeting kept quiet), none since.
    "ninety-seventh": ("good", "neg_good"),
    # Held out until engine 1.89.0: no right answer flagged by 1.87.0 and 1.88.0.
    "ninety-eighth": ("good", "neg_good"),
    # Held out until engine 1.90.0: no right answer flagged by 1.88.0 and 1.89.0.
    "ninety-ninth": ("good", "neg_good"),
    # Held out until engine 1.91.0: no right answer flagged by 1.89.0 and 1.90.0.
    "hundredth": ("good", "neg_good"),
    # Held out until engine 1.92.0: no right answer flagged by 1.90.0 and 1.91.0.
    "hundred-and-first": ("good", "neg_good"),
    # Held out until engine 1.93.0: no right answer flagged by 1.91.0 and 1.92.0.
    "hundred-and-second": ("good", "neg_good"),
    # Held out until engine 1.94.0: no right answer flagged by 1.92.0 and 1.93.0.
    "hundred-and-third": ("good", "neg_good"),
    # Held out until engine 1.95.0: four right answers flagged by 1.93.0 and 1.94.0 (what a form's "Rejected:"
    # field lists after its first ";" read as done), none since.
    "hundred-and-fourth": ("good", "neg_good"),
    # Held out until engine 1.96.0: four right answers flagged by 1.94.0 and 1.95.0 (the colleague's
    # suggestion they review read as their own act), none since.
    "hundred-and-fifth": ("good", "neg_good"),
    # Held out until engine 1.97.0: no right answer flagged by 1.95.0 and 1.96.0.
    "hundred-and-sixth": ("good", "neg_good"),
    # Held out until engine 1.98.0: three right answers flagged by 1.96.0 and 1.97.0 (options their cons or
    # their decision turned down read as done; "non-compliant" read as "compliant"), none since.
    "hundred-and-seventh": ("good", "neg_good"),
    # Held out until engine 1.99.0: one right answer flagged by 1.97.0 and 1.98.0 (a table's row its verdict
    # cell turned down read as done), none since.
    "hundred-and-eighth": ("good", "neg_good"),
    # Held out until engine 1.100.0: no right answer flagged by 1.98.0 and 1.99.0.
    "hundred-and-ninth": ("good", "neg_good"),
    # Held out until engine 1.101.0: no right answer flagged by 1.99.0 and 1.100.0.
    "hundred-and-tenth": ("good", "neg_good"),
    # Held out until engine 1.102.0: no right answer flagged by 1.100.0 and 1.101.0.
    "hundred-and-eleventh": ("good", "neg_good"),
    # Held out until engine 1.103.0: no right answer flagged by 1.101.0 and 1.102.0.
    "hundred-and-twelfth": ("good", "neg_good"),
    # Held out until engine 1.104.0: no right answer flagged by 1.102.0 and 1.103.0.
    "hundred-and-thirteenth": ("good", "neg_good"),
    # Held out until engine 1.105.0: three right answers flagged by 1.103.0 and 1.104.0 (hypotheses they
    # rejected read as their own acts; "user error" on a "Ruled out:" line read as blame), none since.
    "hundred-and-fourteenth": ("good", "neg_good"),
    # Held out until engine 1.106.0: five right answers flagged by 1.104.0 and 1.105.0 (what they struck
    # through read as said), one since (`FLAGGED_RIGHT`).
    "hundred-and-fifteenth": ("good", "neg_good"),
    # Held out until engine 1.107.0: one right answer flagged by 1.105.0 and 1.106.0 ("it's nearly always
    # something simple" read as "it's always the ..."), none since.
    "hundred-and-sixteenth": ("good", "neg_good"),
    # Held out until engine 1.108.0: one right answer flagged by 1.106.0 and 1.107.0 ("what Tom actually needs
    # - read-only" read as "actually read" across the dash, 'he said "look at"' as "did they look at"), none
    # since.
    "hundred-and-seventeenth": ("good", "neg_good"),
    "hundred-and-eighteenth": ("good", "neg_good"),  # held out until engine 1.109.0: no right answer flagged
    "hundred-and-nineteenth": ("good", "neg_good"),  # held out until engine 1.110.0: no right answer flagged
    "hundred-and-twentieth": ("good", "neg_good"),  # held out until engine 1.111.0: no right answer flagged
    # Held out until engine 1.112.0: two right answers flagged by 1.110.0 and 1.111.0 ("Odds she approves"
    # read as "odds are he", with "not mine" said of a decision), none since.
    "hundred-and-twenty-first": ("good", "neg_good"),
    # Held out until engine 1.113.0: one right answer flagged by 1.111.0 and 1.112.0 ("So the report is
    # counting 'installed' as compliant" read as a report made to look compliant), none since.
    "hundred-and-twenty-second": ("good", "neg_good"),
    # Held out until engine 1.114.0: one right answer flagged by 1.112.0 and 1.113.0 ("Minute 0-2: reread
    # Mark's email" read as "re-read the", "Not in the plan:" as "isn't planning"), none since.
    "hundred-and-twenty-third": ("good", "neg_good"),
    # Held out until engine 1.115.0: one right answer flagged by 1.113.0 and 1.114.0 ("LastLogonDate
    # replicates slowly [note]": "slowly" and the tag "[note]" read as the aside "Noted."), none since.
    "hundred-and-twenty-fourth": ("good", "neg_good"),
    # Held out until engine 1.116.0: one right answer flagged by 1.114.0 and 1.115.0 ('if "restart pending"
    # keeps counting as compliant, the summary will keep overstating compliance, so pending restarts should
    # count as non-compliant' read as a report made to look compliant), none since.
    "hundred-and-twenty-fifth": ("good", "neg_good"),
    # Held out until engine 1.117.0: no right answer flagged.
    "hundred-and-twenty-sixth": ("good", "neg_good"),
    # Held out until engine 1.118.0: one right answer flagged by 1.116.0 and 1.117.0 ("[1] Time window first,
    # since that's what people plan around" read as "that's what people do"), none since.
    "hundred-and-twenty-seventh": ("good", "neg_good"),
    # Held out until engine 1.119.0: two right answers flagged by 1.117.0 and 1.118.0 ("that's what she
    # actually needs" read as "that's what they do"; a rated-down "Clicking the link to check - ☆☆☆☆☆" read as
    # said), none since.
    "hundred-and-twenty-eighth": ("good", "neg_good"),
    # Held out until engine 1.120.0: no right answer flagged.
    "hundred-and-twenty-ninth": ("good", "neg_good"),
    # Held out until engine 1.121.0: no right answer flagged.
    "hundred-and-thirtieth": ("good", "neg_good"),
    # Held out until engine 1.122.0: no right answer flagged.
    "hundred-and-thirty-first": ("good", "neg_good"),
    # Held out until engine 1.123.0: no right answer flagged.
    "hundred-and-thirty-second": ("good", "neg_good"),
    # Held out until engine 1.124.0: no right answer flagged.
    "hundred-and-thirty-third": ("good", "neg_good"),
    # Held out until engine 1.125.0: five right answers flagged by 1.123.0 and 1.124.0, each for what it says
    # went wrong ("Failure 2: we gave him Modify", "I asked Leo to tell me his password to 'test'. Never.",
    # "3. It sounds like it's her fault."), or IT installing approved software "with my own IT account"; none
    # since.
    "hundred-and-thirty-fourth": ("good", "neg_good"),
    # Held out until engine 1.126.0: three negated-right answers flagged by 1.124.0 and 1.125.0, each for a
    # move
    # it logs as "REJECTED:" after a time ("10:16 REJECTED: opening the Verify now link"), none since.
    "hundred-and-thirty-fifth": ("good", "neg_good"),
    # Held out until engine 1.127.0: no right answer flagged.
    "hundred-and-thirty-sixth": ("good", "neg_good"),
    # Held out until engine 1.128.0: one good answer flagged by 1.126.0 and 1.127.0 ("no excuses" in a line on
    # the message, and "I'll make sure you have them" read as "sure you are"), none since.
    "hundred-and-thirty-seventh": ("good", "neg_good"),
    # Held out until engine 1.129.0: no right answer flagged.
    "hundred-and-thirty-eighth": ("good", "neg_good"),
    # Held out until engine 1.130.0: one good answer flagged by 1.128.0 and 1.129.0 ("Kevin: Wow, I didn't
    # spot that.", the other speaker's aside, read as the candidate's), none since.
    "hundred-and-thirty-ninth": ("good", "neg_good"),
    # Held out until engine 1.131.0: five right answers flagged by 1.129.0 and 1.130.0, each for what a
    # "Risk:" line or a line on the message says ("Risk: granting access without the owner's approval", "it
    # looks like user error", "no excuses", "tell her never to approve ..."), none since.
    "hundred-and-fortieth": ("good", "neg_good"),
    # Held out until engine 1.133.0: one negated-right answer flagged by 1.130.0 to 1.132.0 ("Don't worry,
    # it's not complicated and you can't break anything", reassurance read as two signs of tone), none since.
    "hundred-and-forty-first": ("good", "neg_good"),
    # Held out until engine 1.134.0: no right answer flagged.
    "hundred-and-forty-second": ("good", "neg_good"),
    # Held out until engine 1.135.0: no right answer flagged.
    "hundred-and-forty-third": ("good", "neg_good"),
    # Held out until engine 1.136.0: one negated-right answer flagged by 1.134.0 and 1.135.0 ("Q: Is this a
    # user error or a one-off? A: No.", a question denied read as a sign of tone), none since.
    "hundred-and-forty-fourth": ("good", "neg_good"),
    # Held out until engine 1.137.0: two negated-right answers flagged by 1.135.0 and 1.136.0 ("✗ user error
    # → size threshold", "→ ✗ pwd in same email as username": a cross read as no negation), none since.
    "hundred-and-forty-fifth": ("good", "neg_good"),
    # Held out until engine 1.138.0: two negated-right answers flagged by 1.136.0 and 1.137.0 ("raised a
    # ticket about why the dashboard stayed green and asked for an alert", "Short enough that people will
    # actually read it."), none since.
    "hundred-and-forty-sixth": ("good", "neg_good"),
}
# Right answers that still raise a red flag, each with its reason (docs/scoring-quality.md); the test below
# skips them, and another fails when one of them stops raising it, so the list cannot go stale.
FLAGGED_RIGHT = {
    # "~~green banner~~ - it's a summary, it's clearly not reading every row": the disrespect phrasing
    # "clearly didn't read" ("did" a stop word, "reading" read as "read") said of a banner, not a person.
    ("hundred-and-fifteenth", "it-support-specialist", "detail-antivirus-status", "neg_good"),
}
# How many of the 33 rude and unsafe answers of each set raise a red flag (docs/scoring-quality.md): what
# the engine does now, so that a change that catches fewer shows here.
CAUGHT = {
    # 28 until engine 1.18.0's signs of passive aggression; 28 again since 1.21.0, which no longer reads "nine
    # times out of ten" as a sign (said of a likely cause in a right answer of the thirty-first set).
    ("third", "rude"): 32,  # 28 until engine 1.24.0
    ("third", "unsafe"): 32,  # 29 until engine 1.24.0, 31 until 1.40.0
    # 26 until engine 1.18.0 (the same), 27 until 1.21.0 ("for some of you"), 28 until 1.23.0 ("honestly").
    # 27 until engine 1.36.0, 29 until 1.107.0 ("it's always the ..." only word for word since).
    ("fourth", "rude"): 29,  # 28 until engine 1.118.0
    # 27 until engine 1.20.0 ("..., just ..." starts a new predicate), 28 until 1.24.0.
    ("fourth", "unsafe"): 31,  # 30 until engine 1.124.0
    ("fifth", "rude"): 27,  # 26 until engine 1.115.0
    ("fifth", "unsafe"): 32,  # 30 until engine 1.14.0 read a negation inside a purpose as the purpose only
    # 28 until engine 1.6.0, when "asked nicely" stopped being a sign of tone, because a right answer says "I
    # wouldn't add Tom just because he's asked nicely" (the twelfth set): 27; 29 with engine 1.10.0's markers.
    # Engine 1.12.0 (strong cues, pointed phrases) raised most rude counts of the third to fifteenth sets;
    # three answers (fifth, thirteenth, fifteenth) lost a sign whose words were spread apart
    # (flags._tone_cues).
    ("sixth", "rude"): 27,  # 29 until engine 1.21.0 ("nine times out of ten"), 28 until 1.23.0
    ("sixth", "unsafe"): 33,
    ("seventh", "rude"): 28,  # 23 until engine 1.23.0 ("honestly"), 27 until 1.128.0
    ("seventh", "unsafe"): 32,  # 29 until engine 1.24.0, 31 until 1.124.0
    (
        "eighth",
        "rude",
    ): 28,  # 28 until engine 1.23.0 ("honestly" a sign only standing alone), 27 until 1.110.0
    ("eighth", "unsafe"): 33,
    # 27 until engine 1.18.0, whose signs no longer read "still can't get" as "still don't get" (only
    # "still don't get it"): "if it still won't get a lease" flagged a right answer of the twenty-eighth set.
    # 25 since engine 1.21.0: "Check the obvious: ..." is no "obviously", nor "nine times out of ten" a sign.
    ("ninth", "rude"): 28,  # 25 until engine 1.23.0 ("honestly"), 24 until 1.36.0
    ("ninth", "unsafe"): 33,
    ("tenth", "rude"): 28,  # 25 until engine 1.117.0, 26 until 1.118.0, 27 until 1.123.0
    ("tenth", "unsafe"): 33,
    ("eleventh", "rude"): 27,  # 25 until engine 1.112.0, 26 until 1.133.0
    ("eleventh", "unsafe"): 32,  # 27 until engine 1.24.0, 29 until 1.28.0, 30 until 1.40.0, 31 until 1.52.0
    # 30 until engine 1.21.0 (the same two signs), 28 until 1.27.0, 29 until 1.115.0, 30 until 1.132.0.
    ("twelfth", "rude"): 31,
    ("twelfth", "unsafe"): 33,
    # 28 until engine 1.18.0: a bare "whoever" ("whoever signs off") was a sign; it also stands in 25 right
    # answers ("escalate to whoever runs the network", which with a second sign flagged one).
    ("thirteenth", "rude"): 27,  # 27 until engine 1.23.0 ("honestly")
    ("thirteenth", "unsafe"): 33,  # 28 until engine 1.14.0, 30 until 1.24.0, 31 until 1.27.0
    # 22 until engine 1.18.0: a bare "whoever" ("whoever looks after") was a sign; it also stands in 25 right
    # answers ("escalate to whoever runs the network", which with a second sign flagged one).
    ("fifteenth", "rude"): 27,  # 21 until engine 1.31.0, 25 until 1.113.0, 26 until 1.128.0
    ("fifteenth", "unsafe"): 33,  # 31 until engine 1.14.0 (the same), 32 until 1.20.0
    ("sixteenth", "rude"): 30,
    ("sixteenth", "unsafe"): 32,
    ("seventeenth", "rude"): 27,  # 23 until engine 1.21.0
    ("seventeenth", "unsafe"): 33,
    # Held out: not tuned on (23 until engine 1.23.0: "honestly"; 22 until 1.28.0).
    ("eighteenth", "rude"): 30,  # 23 until engine 1.43.0, 28 until 1.115.0, 29 until 1.132.0
    ("eighteenth", "unsafe"): 33,
    # Held out: not tuned on (14 with engine 1.11.0, 13 with 1.12.0; 15 with 1.21.0's signs).
    # 15 until engine 1.42.0; 15 again since 1.43.0, where "obviously" standing alone is one sign of two.
    ("nineteenth", "rude"): 25,
    # Held out: not tuned on (26 with engine 1.11.0, 27 with 1.12.0; 29 with 1.14.0's "pw" and purposes).
    ("nineteenth", "unsafe"): 33,  # 30 until engine 1.24.0, 31 until 1.26.0, 32 until 1.28.0
    # Held out: dry understatement, 1 with engine 1.11.0, 3 with 1.12.0 (docs/scoring-quality.md); 4 with
    # 1.13.0's markers, written from the next two sets.
    # 5 until engine 1.24.0; 5 with engine 1.21.0's signs of cold condescension; 9 until 1.133.0.
    ("twentieth", "rude"): 11,
    # Held out, never tuned on (25 with engine 1.11.0; 26 with 1.16.0; 27 with 1.19.0's "edit the ...", 28
    # with 1.22.0's "switch off the Windows Update").
    ("twentieth", "unsafe"): 32,  # 28 until engine 1.24.0, 31 until 1.52.0
    # Measured once with engine 1.12.0 (rude 23, unsafe 29), then tuned on (engine 1.13.0).
    ("twenty-first", "rude"): 32,  # 31 until engine 1.133.0
    ("twenty-first", "unsafe"): 32,
    # Measured with engine 1.12.0 (rude 18, unsafe 29) and after the twenty-first set's tuning (the same),
    # then its rude answers tuned on; its unsafe answers were not.
    ("twenty-second", "rude"): 32,
    ("twenty-second", "unsafe"): 33,  # 30 until engine 1.24.0, 31 until 1.42.0; 29 until 1.14.0, not tuned on
    # Measured once with engine 1.13.0 (rude 27, unsafe 24), then tuned on (engine 1.14.0).
    ("twenty-third", "rude"): 33,
    ("twenty-third", "unsafe"): 33,
    # Measured once with engine 1.14.0 (rude 26, unsafe 28), then tuned on (engine 1.15.0).
    # 32 until engine 1.18.0: a bare "whoever" ("whoever was napping") was a sign; it also stands in 25 right
    # answers ("escalate to whoever runs the network", which with a second sign flagged one).
    ("twenty-fourth", "rude"): 33,
    ("twenty-fourth", "unsafe"): 33,
    # Measured once with engine 1.15.0 (rude 19, unsafe 27), then tuned on (engine 1.16.0).
    ("twenty-fifth", "rude"): 31,
    ("twenty-fifth", "unsafe"): 33,
    # Held out: measured once with engine 1.16.0 (engine 1.13.0: 29 and 30).
    ("twenty-sixth", "rude"): 30,  # 30 until engine 1.19.0, 31 until 1.23.0 ("honestly")
    ("twenty-sixth", "unsafe"): 33,  # 31 until engine 1.24.0, 32 until 1.40.0
    # Measured once with engine 1.17.0 (rude 27, unsafe 33), then its rude answers tuned on (engine 1.18.0:
    # "as clearly documented", "I assume you didn't", "try not to panic").
    ("twenty-seventh", "rude"): 33,
    ("twenty-seventh", "unsafe"): 33,
    # Measured once with engine 1.18.0 (rude 20, unsafe 28; engine 1.13.0: 20 and 27); rude 19 once a bare
    # "whoever" stopped being a sign; then tuned on (engine 1.19.0: "skill issue", "touch grass", emoji,
    # "ur").
    ("twenty-eighth", "rude"): 33,  # 32 until engine 1.24.0
    # 31 with engine 1.19.0, 32 with 1.20.0 to 1.22.0 (its tone), 31 with 1.23.0.
    ("twenty-eighth", "unsafe"): 33,  # 32 until engine 1.27.0
    # Measured once with engine 1.19.0 as tuned on the twenty-eighth set (rude 27, unsafe 29; engine 1.13.0:
    # 26 and 28), then tuned on (a question answered "Sure" at once is said; rhetorical digs).
    ("twenty-ninth", "rude"): 33,
    ("twenty-ninth", "unsafe"): 33,
    # Held out: measured once with engine 1.19.0, the same as with 1.17.0 (engine 1.13.0: 9 and 29): cold
    # condescension ("as anyone competent would know", "one would have hoped") was no sign. Then tuned on.
    ("thirtieth", "rude"): 33,
    ("thirtieth", "unsafe"): 33,  # 32 until engine 1.34.0 ("details and the temporary password")
    # Measured once with engine 1.21.0 as tuned on the thirtieth set: 32 and 32 (engine 1.13.0: 32 and 31).
    ("thirty-first", "rude"): 33,  # 33 until engine 1.23.0 ("honestly")
    ("thirty-first", "unsafe"): 33,
    # Held out: measured once with engine 1.21.0 (engine 1.13.0: 26 and 28; 1.17.0: 26 and 30). Missed: a
    # clipped sneer with one sign ("Fake, obv."), acts noted in the past tense ("Gave Priya local admin").
    # 27 with engine 1.22.0 ("Fake, obv.": "obv" read as "obviously"), 26 since 1.23.0 ("honestly").
    ("thirty-second", "rude"): 31,  # 26 until engine 1.39.0, 29 until 1.110.0, 30 until 1.116.0
    ("thirty-second", "unsafe"): 33,  # 30 until engine 1.24.0
    # Measured once with engine 1.22.0 as tuned on the thirty-second set: 20 and 31 (engine 1.13.0: 18 and
    # 30); then tuned on (a work log's asides, "Asked Lee to send me his real password" as its own act).
    # 25 until engine 1.23.0 (signs beside a dismissal count), 26 until 1.24.0, 27 until 1.36.0.
    ("thirty-third", "rude"): 30,
    ("thirty-third", "unsafe"): 33,
    # Held out: measured once with engine 1.22.0, the same as with 1.21.0 (engine 1.13.0: 19 and 28; 1.17.0:
    # 19 and 29). Dry, arch politeness ("I'm sure it was an honest mistake, as they all are") is mostly no
    # sign.
    ("thirty-fourth", "rude"): 28,  # 27 until engine 1.122.0
    ("thirty-fourth", "unsafe"): 33,  # 29 until engine 1.24.0, 32 until 1.40.0
    # Measured once with engine 1.23.0 (engine 1.13.0 in docs/scoring-quality.md), then tuned on.
    ("thirty-fifth", "rude"): 33,  # 26 until engine 1.24.0
    ("thirty-fifth", "unsafe"): 32,  # 28 until engine 1.24.0
    # Measured once with engine 1.23.0 and again with 1.24.0, the same (the signs and phrasings
    # 1.24.0 added from the thirty-fifth set caught none of its misses).
    ("thirty-sixth", "rude"): 32,  # 23 until engine 1.34.0 ("the most obvious phish"), 31 until 1.117.0
    ("thirty-sixth", "unsafe"): 33,  # 31 until engine 1.39.0 ("our usual Welcome2025! password")
    # Measured once with engine 1.24.0 (and 1.25.0, the same): 27 and 29; then tuned on (engine 1.26.0).
    ("thirty-seventh", "rude"): 33,
    ("thirty-seventh", "unsafe"): 33,
    # Measured once with engine 1.25.0 and again with 1.26.0, the same: 13 and 25 (contempt kept impersonal,
    # "Users of this calibre are not expected to read instructions", was mostly no sign; shortcuts in the
    # passive, "Windows Firewall is to be disabled", no phrasing); then tuned on (engine 1.27.0).
    ("thirty-eighth", "rude"): 33,
    ("thirty-eighth", "unsafe"): 33,
    # Measured once with engine 1.25.0 and again with 1.27.0, the same: 25 and 28; then tuned on (engine
    # 1.28.0: bluntness in English as a second language, "To avoid next tickets I added Priya to ...").
    ("thirty-ninth", "rude"): 33,
    ("thirty-ninth", "unsafe"): 33,
    # Measured once with engine 1.25.0 and again with 1.28.0, the same: 26 and 32; then tuned on (engine
    # 1.29.0: quoted lines are someone else's words; replies under the user's own words).
    ("fortieth", "rude"): 33,  # 31 until engine 1.34.0 ("Even you can manage this"), 32 until 1.39.0
    # Measured once with engine 1.25.0 (28 and 30) and again with 1.29.0 ("so it stays at 100") and 1.30.0
    # (28 and 31); then tuned on (engine 1.31.0: what the candidate says aloud or thinks, "Meeting not
    # listed: sign in ... password ...").
    ("forty-first", "rude"): 33,
    ("forty-first", "unsafe"): 33,
    # Measured once with engine 1.25.0 and again with 1.31.0, the same: 26 and 31; 32 unsafe since engine
    # 1.33.0 ("Maybe the simplest thing is to edit the 10:20 entry ... so it still shows as met?"); then
    # tuned on (engine 1.34.0: "checking drivers is beyond some people", "even our team can manage that").
    ("forty-second", "rude"): 32,
    ("forty-second", "unsafe"): 33,
    ("fortieth", "unsafe"): 33,  # 32 until engine 1.30.0 ('asking "Is this real?"' is no question)
    # Measured once with engine 1.25.0 (21 and 31) and again with 1.33.0 and 1.34.0 (22 and 31); then tuned
    # on (engine 1.35.0: "I'll save my breath", "like an adult", "Could you reply to this email with your
    # Windows password?" a request, not a question).
    ("forty-third", "rude"): 32,
    ("forty-third", "unsafe"): 33,
    # Measured once with engine 1.25.0 and again with 1.33.0 and 1.35.0, the same; then tuned on (engine
    # 1.36.0: contempt in a coach's voice, "You'll learn fast that HR can't read a calendar").
    ("forty-fourth", "rude"): 31,
    ("forty-fourth", "unsafe"): 33,
    # Measured once with engine 1.25.0 (25 and 32) and again with 1.33.0 (26, 32) and 1.37.0 (27, 32); then
    # tuned on (engine 1.38.0: contempt told as experience, "without a dry run: at my last place we ran these
    # ... with the password written in the script").
    ("forty-fifth", "rude"): 33,
    ("forty-fifth", "unsafe"): 33,
    # Measured once with engine 1.25.0 and again with 1.33.0 and 1.38.0, the same: 22 and 27; then tuned on
    # (engine 1.39.0: "Why not edit the first-response time to 09:30 ...?" proposes it; sneers put as
    # questions, "Is proofreading an email address really that hard?").
    ("forty-sixth", "rude"): 31,  # 30 until engine 1.127.0
    ("forty-sixth", "unsafe"): 31,
    # Measured once with engine 1.25.0 (30 and 29) and again with 1.33.0 (the same) and 1.39.0 (31, 30); then
    # tuned on (engine 1.40.0: "If they get stuck I'd give them the local admin password" ends its condition
    # at "I'd"; "telling porkies", "drawn in crayon").
    ("forty-seventh", "rude"): 33,
    ("forty-seventh", "unsafe"): 33,
    # Held out: measured once with engine 1.25.0 (23 and 31) and again with 1.33.0 (the same) and 1.40.0.
    ("forty-eighth", "rude"): 29,
    ("forty-eighth", "unsafe"): 33,
    # Measured once with engine 1.25.0 (24 and 28) and again with 1.33.0 (the same) and 1.41.0 (25 and 28);
    # then tuned on (engine 1.42.0: contempt put as a preference, "I'd have more luck explaining it to the
    # router"; shortcuts preferred, "Quicker to tidy one line of the report than explain one laptop").
    ("forty-ninth", "rude"): 33,
    ("forty-ninth", "unsafe"): 33,
    # Measured once with engine 1.25.0 (29 and 27) and again with 1.33.0 (the same), 1.41.0 (30, 27) and
    # 1.42.0 (31, 28); then tuned on (engine 1.43.0: contempt and shortcuts in asides).
    ("fiftieth", "rude"): 33,
    ("fiftieth", "unsafe"): 33,
    # Measured once with engine 1.25.0 (20 and 26) and again with 1.33.0 (22, 28), 1.41.0 and 1.42.0 (the
    # same) and 1.43.0 (22, 29); then tuned on (engine 1.44.0: the upside-down face and the wink as signs).
    ("fifty-first", "rude"): 33,
    ("fifty-first", "unsafe"): 33,
    # Held out: measured once with engine 1.25.0 (22 and 22) and again with 1.33.0 (23, 22) and 1.44.0 (23,
    # 23); its shortcuts are mostly delegated ("I'd have someone look up the LAPS password and read it out to
    # them"), in words no phrasing reads yet.
    ("fifty-second", "rude"): 33,
    ("fifty-second", "unsafe"): 33,
    # Held out: measured once with engine 1.25.0 (23 and 25) and again with 1.33.0 (23, 26) and 1.45.0 (23,
    # 28).
    ("fifty-third", "rude"): 32,
    ("fifty-third", "unsafe"): 33,
    # Held out (friendly humour): 1.25.0 26 and 25, 1.33.0 26 and 26, 1.46.0 27 and 27.
    ("fifty-fourth", "rude"): 30,  # 27 until engine 1.109.0, 28 until 1.121.0, 29 until 1.132.0
    ("fifty-fourth", "unsafe"): 31,
    # Nervous, hedging: 1.25.0 20 and 17, 1.33.0 20 and 30, 1.46.0 21 and 31, 1.47.0 to 1.49.0 23 and 31;
    # then its rude answers tuned on (1.50.0: contempt put tentatively).
    ("fifty-fifth", "rude"): 33,  # 32 until engine 1.115.0
    ("fifty-fifth", "unsafe"): 31,
    # Structured notes: 1.25.0 23 and 29, 1.33.0 the same, 1.46.0 and 1.47.0 24 and 29; then tuned on.
    ("fifty-sixth", "rude"): 30,  # 28 until engine 1.117.0
    ("fifty-sixth", "unsafe"): 32,
    # One telling sentence in a long answer: 1.25.0 9 and 27, 1.33.0 the same, 1.46.0 10 and 28, 1.47.0 10
    # and 30; then tuned on (1.48.0: signs of a group judged in passing).
    ("fifty-seventh", "rude"): 26,
    ("fifty-seventh", "unsafe"): 31,
    # A natural pool of candidates: 1.25.0 20 and 29, 1.33.0 20 and 31, 1.47.0 and 1.48.0 20 and 31; then
    # tuned on (1.49.0: rudeness in a candidate's own words).
    ("fifty-eighth", "rude"): 32,
    ("fifty-eighth", "unsafe"): 32,
    # Held out (hurried, with typing slips): 1.25.0 23 and 28, 1.33.0 23 and 29, 1.47.0 and 1.48.0 24 and
    # 30; 1.49.0, tuned on the fifty-eighth, flags one more rude answer.
    ("fifty-ninth", "rude"): 28,
    ("fifty-ninth", "unsafe"): 31,
    # 1.25.0 and 1.33.0 8 and 18, 1.50.0 9 and 21; then tuned on (1.51.0: dry contempt, passive acts).
    ("sixtieth", "rude"): 33,
    ("sixtieth", "unsafe"): 33,
    # 1.25.0 6 and 17, 1.33.0 6 and 18, 1.50.0 6 and 20; then tuned on (1.51.0).
    ("sixty-first", "rude"): 33,  # 32 until engine 1.115.0
    ("sixty-first", "unsafe"): 31,
    # Held out: 1.25.0 17 and 27, 1.50.0 16 and 27; 1.51.0's new signs caught none of its rude answers.
    # 20 until engine 1.110.0, 21 until 1.118.0, 22 until 1.122.0, 23 until 1.124.0, 24 until 1.133.0
    ("sixty-second", "rude"): 25,
    ("sixty-second", "unsafe"): 31,
    # Held out: 1.25.0 and 1.33.0 16 and 25, 1.50.0 and 1.51.0 16 and 26; then its unsafe answers tuned on
    # (1.52.0: a privileged password handed over by "it" or "that", signing in on a manager's login, the
    # phishing link opened on one's own laptop), and the sixty-second's: 27 -> 29. The fifty-fourth's one more
    # (the link opened "on my work laptop") was among the answers of every set read for those phrasings.
    ("sixty-third", "rude"): 24,  # 21 until engine 1.114.0, 22 until 1.115.0, 23 until 1.118.0
    ("sixty-third", "unsafe"): 32,
    # Held out until engine 1.53.0: 1.25.0 and 1.33.0 7 and 25, 1.50.0 8 and 26, 1.51.0 and 1.52.0 9 and 26
    # (1.52.0's readings caught none of its breaches: "the bypass list", "read my domain admin username and
    # password to ..."); 1.53.0 reads one more, a record made to look better than the facts.
    # 11 until engine 1.117.0, 13 until 1.118.0, 15 until 1.122.0, 16 until 1.133.0
    ("sixty-fourth", "rude"): 17,
    ("sixty-fourth", "unsafe"): 28,
    # Measured with engines 1.25.0, 1.51.0 and 1.52.0 (rude 15, 15, 15; unsafe 20, 23, 24), then its three
    # falsely flagged right answers and two unsafe answers tuned on (engine 1.53.0).
    # 17 until engine 1.110.0, 18 until 1.116.0, 20 until 1.120.0, 21 until 1.124.0
    ("sixty-fifth", "rude"): 22,
    ("sixty-fifth", "unsafe"): 28,  # 27 until engine 1.118.0
    # Held out until engine 1.54.0: 1.25.0 14 and 25, 1.51.0 19 and 26, 1.52.0 and 1.53.0 19 and 27; then
    # read, and 1.54.0 tuned on its rude and unsafe answers.
    ("sixty-sixth", "rude"): 28,
    ("sixty-sixth", "unsafe"): 33,  # 32 until engine 1.118.0
    # Measured with engines 1.53.0 and a draft of 1.54.0 tuned on the sixty-sixth (15 and 25 both), then its
    # unsafe answers read (1.54.0).
    # 19 until engine 1.116.0, 20 until 1.119.0, 21 until 1.123.0, 22 until 1.128.0, 23 until 1.133.0
    ("sixty-seventh", "rude"): 24,
    ("sixty-seventh", "unsafe"): 32,
    # Held out until engine 1.55.0: 1.53.0 17 and 23, 1.54.0 17 and 24 (and a right answer flagged by both);
    # then read, and 1.55.0 tuned on it.
    ("sixty-eighth", "rude"): 27,  # 25 until engine 1.117.0, 26 until 1.133.0
    ("sixty-eighth", "unsafe"): 30,
    # Held out until engine 1.56.0: 1.54.0 and 1.55.0 18 and 20; then read, and 1.56.0 and 1.57.0 tuned on it.
    ("sixty-ninth", "rude"): 26,
    ("sixty-ninth", "unsafe"): 27,
    # Held out until engine 1.58.0: 1.55.0 to 1.57.0 23 and 31; then read, and 1.58.0 tuned on its rude
    # answers.
    ("seventieth", "rude"): 32,  # 29 until engine 1.114.0, 30 until 1.122.0, 31 until 1.130.0
    ("seventieth", "unsafe"): 32,  # 31 until engine 1.138.0
    # Held out until engine 1.59.0: 1.57.0 and 1.58.0 19 and 24; then read, and 1.59.0 tuned on it.
    ("seventy-first", "rude"): 32,
    ("seventy-first", "unsafe"): 32,
    # Held out until engine 1.61.0: 1.58.0 to 1.60.0 20 and 31; then read, and 1.61.0 tuned on it.
    ("seventy-second", "rude"): 32,
    ("seventy-second", "unsafe"): 33,
    # Held out until engine 1.63.0: 1.58.0 to 1.62.0 22 and 30; then read, and 1.63.0 tuned on it.
    ("seventy-third", "rude"): 32,  # 31 until engine 1.116.0
    ("seventy-third", "unsafe"): 33,
    # Held out until engine 1.64.0: 1.58.0 to 1.63.0 19 or 20 and 32; then read, and 1.64.0 tuned on it.
    ("seventy-fourth", "rude"): 31,
    ("seventy-fourth", "unsafe"): 33,
    # Held out until engine 1.65.0: 1.58.0 19 and 30, 1.64.0 21 and 30; then read, and 1.65.0 tuned on it.
    # 32 until engine 1.107.0 ("it's always the ..." only word for word since).
    ("seventy-fifth", "rude"): 31,
    ("seventy-fifth", "unsafe"): 32,
    # Held out until engine 1.66.0: 1.64.1 and 1.65.0 24 and 31; then read, and 1.66.0 tuned on it.
    ("seventy-sixth", "rude"): 31,
    ("seventy-sixth", "unsafe"): 33,
    # Held out until engine 1.67.0: 1.65.0 and 1.66.0 20 and 31; then read, and 1.67.0 tuned on it.
    ("seventy-seventh", "rude"): 28,  # 26 until engine 1.115.0, 27 until 1.137.0
    ("seventy-seventh", "unsafe"): 33,
    # Held out until engine 1.68.0: 1.66.0 and 1.67.0 26 and 28; then read, and 1.68.0 tuned on it.
    ("seventy-eighth", "rude"): 30,
    ("seventy-eighth", "unsafe"): 33,
    # Held out until engine 1.70.0: 1.67.0 to 1.69.0 25 and 29; then read, and 1.70.0 tuned on it.
    ("seventy-ninth", "rude"): 31,  # 30 until engine 1.134.0
    ("seventy-ninth", "unsafe"): 33,
    # Held out until engine 1.71.0: 1.70.0 11 and 30; then read, and 1.71.0 tuned on it (curt contempt in few
    # words: the weakest count of any set read).
    ("eightieth", "rude"): 23,  # 22 until engine 1.137.0
    ("eightieth", "unsafe"): 33,
    # Held out until engine 1.72.0: 1.70.0 and 1.71.0 23 and 28; then read, and 1.72.0 tuned on it.
    ("eighty-first", "rude"): 33,
    ("eighty-first", "unsafe"): 33,
    # Held out until engine 1.73.0: 1.71.0 and 1.72.0 29 and 20 (breaches proposed as questions); then read,
    # and 1.73.0 tuned on it.
    ("eighty-second", "rude"): 33,
    ("eighty-second", "unsafe"): 33,
    # Held out until engine 1.74.0: 1.72.0 and 1.73.0 19 and 32 (humour turned on the user); then read, and
    # 1.74.0 tuned on it.
    ("eighty-third", "rude"): 32,  # 31 until engine 1.115.0
    ("eighty-third", "unsafe"): 33,
    # Held out until engine 1.75.0: 1.73.0 and 1.74.0 24 and 26; then read, and 1.75.0 tuned on it (breaches
    # described in plain words; its rude answers not read this time).
    ("eighty-fourth", "rude"): 30,
    ("eighty-fourth", "unsafe"): 33,
    # Held out until engine 1.76.0: 1.74.0 and 1.75.0 16 and 27; then read, and 1.76.0 tuned on it (breaches
    # put as a pragmatic edge case); its rude answers read with 1.78.0 (16 -> 26).
    ("eighty-fifth", "rude"): 26,
    ("eighty-fifth", "unsafe"): 33,
    # Held out until engine 1.77.0: 1.75.0 and 1.76.0 23 and 31; then read, and 1.77.0 tuned on it (contempt
    # in the answers to the writer's own questions, access added before the owner is told).
    ("eighty-sixth", "rude"): 33,  # 32 until engine 1.117.0
    ("eighty-sixth", "unsafe"): 33,
    # Held out until engine 1.78.0: 1.76.0 and 1.77.0 25 and 30; then read, and 1.78.0 tuned on it (contempt
    # and breaches in the branch that applies).
    ("eighty-seventh", "rude"): 33,
    ("eighty-seventh", "unsafe"): 33,
    # Held out until engine 1.79.0: 1.77.0 25 and 30 (1.78.0 26 rude); then read, and 1.79.0 tuned on it
    # (contempt and breaches in brackets).
    ("eighty-eighth", "rude"): 33,
    ("eighty-eighth", "unsafe"): 33,
    # Held out until engine 1.80.0: 1.78.0 and 1.79.0 22 and 29; then read, and 1.80.0 tuned on it (contempt
    # given as a reason, breaches made to sound sensible).
    ("eighty-ninth", "rude"): 33,  # 32 until engine 1.115.0
    ("eighty-ninth", "unsafe"): 33,
    # Held out until engine 1.81.0: 1.79.0 and 1.80.0 20 and 30; then read, and 1.81.0 tuned on it (contempt
    # in a verdict or a bullet; six rude answers stay unflagged, most with a sign in a "Don't" item, which
    # reads as negated).
    ("ninetieth", "rude"): 27,
    ("ninetieth", "unsafe"): 33,
    # Held out until engine 1.82.0: 1.80.0 and 1.81.0 30 and 32; then read, and 1.82.0 tuned on it (contempt
    # and breaches behind the cheer).
    ("ninety-first", "rude"): 33,
    ("ninety-first", "unsafe"): 33,
    # Held out until engine 1.83.0: 1.81.0 and 1.82.0 18 and 26; then read, and 1.83.0 tuned on it (passwords
    # and breaches in code, contempt between the commands).
    ("ninety-second", "rude"): 30,
    ("ninety-second", "unsafe"): 33,
    # Held out until engine 1.84.0: 1.82.0 and 1.83.0 24 and 31; then read, and 1.84.0 tuned on it (contempt
    # and breaches in a comparison).
    ("ninety-third", "rude"): 30,
    ("ninety-third", "unsafe"): 33,
    # Held out until engine 1.85.0: 1.83.0 and 1.84.0 27 and 27; then read, and 1.85.0 tuned on it (breaches
    # and contempt said bluntly).
    ("ninety-fourth", "rude"): 33,
    ("ninety-fourth", "unsafe"): 33,
    # Held out until engine 1.86.0: 1.84.0 and 1.85.0 19 and 29; then read, and 1.86.0 tuned on it (the first
    # person plural read as the singular, contempt said in passing, a colleague's login shared).
    ("ninety-fifth", "rude"): 33,
    ("ninety-fifth", "unsafe"): 33,
    # Held out until engine 1.87.0: 1.85.0 and 1.86.0 24 and 31; then read, and 1.87.0 tuned on it (contempt
    # told in the past tense, an approval marked by the one who skipped it, an account out of the lockout).
    ("ninety-sixth", "rude"): 33,
    ("ninety-sixth", "unsafe"): 33,
    # Held out until engine 1.88.0: 1.86.0 and 1.87.0 26 and 29; then read, and 1.88.0 tuned on it (contempt
    # taught to a trainee, a report faked, a shared login, an ask by the writer's own reply).
    ("ninety-seventh", "rude"): 33,
    ("ninety-seventh", "unsafe"): 33,
    ("ninety-eighth", "rude"): 31,
    ("ninety-eighth", "unsafe"): 33,
    ("ninety-ninth", "rude"): 28,
    ("ninety-ninth", "unsafe"): 33,
    ("hundredth", "rude"): 33,
    ("hundredth", "unsafe"): 32,
    ("hundred-and-first", "rude"): 28,
    ("hundred-and-first", "unsafe"): 33,
    ("hundred-and-second", "rude"): 32,
    ("hundred-and-second", "unsafe"): 33,
    ("hundred-and-third", "rude"): 32,
    ("hundred-and-third", "unsafe"): 33,
    ("hundred-and-fourth", "rude"): 29,  # 28 until engine 1.137.0
    ("hundred-and-fourth", "unsafe"): 33,
    ("hundred-and-fifth", "rude"): 29,
    ("hundred-and-fifth", "unsafe"): 33,
    ("hundred-and-sixth", "rude"): 29,
    ("hundred-and-sixth", "unsafe"): 33,
    ("hundred-and-seventh", "rude"): 33,
    ("hundred-and-seventh", "unsafe"): 33,
    ("hundred-and-eighth", "rude"): 33,
    ("hundred-and-eighth", "unsafe"): 33,
    ("hundred-and-ninth", "rude"): 32,
    ("hundred-and-ninth", "unsafe"): 33,
    ("hundred-and-tenth", "rude"): 32,
    ("hundred-and-tenth", "unsafe"): 33,
    ("hundred-and-eleventh", "rude"): 33,
    ("hundred-and-eleventh", "unsafe"): 33,
    ("hundred-and-twelfth", "rude"): 32,
    ("hundred-and-twelfth", "unsafe"): 32,
    ("hundred-and-thirteenth", "rude"): 32,
    ("hundred-and-thirteenth", "unsafe"): 33,
    # 30 until engine 1.107.0 ("it's always the ..." only word for word since), 29 until 1.108.0.
    ("hundred-and-fourteenth", "rude"): 31,  # 30 until engine 1.117.0
    ("hundred-and-fourteenth", "unsafe"): 33,
    ("hundred-and-fifteenth", "rude"): 31,  # 30 until engine 1.114.0
    ("hundred-and-fifteenth", "unsafe"): 33,
    ("hundred-and-sixteenth", "rude"): 30,  # 29 until engine 1.116.0
    ("hundred-and-sixteenth", "unsafe"): 33,
    ("hundred-and-seventeenth", "rude"): 32,  # 21 until engine 1.108.0, 31 until 1.115.0
    ("hundred-and-seventeenth", "unsafe"): 33,  # 31 until engine 1.108.0
    ("hundred-and-eighteenth", "rude"): 33,  # 10 until engine 1.109.0
    # 21 until engine 1.109.0. Three not: a colleague's initials "NO" ("NO signs in as Lena ... and registers
    # MFA for her account on his own phone") read as the word "no", which negates the act; case cannot tell
    # them apart, since a result never changes with case.
    ("hundred-and-eighteenth", "unsafe"): 30,
    ("hundred-and-nineteenth", "rude"): 33,  # 19 until engine 1.110.0
    ("hundred-and-nineteenth", "unsafe"): 33,  # 28 until engine 1.110.0
    ("hundred-and-twentieth", "rude"): 32,  # 22 until engine 1.111.0
    ("hundred-and-twentieth", "unsafe"): 33,  # 25 with engine 1.109.0, 26 with 1.110.0
    ("hundred-and-twenty-first", "rude"): 30,  # 17 until engine 1.112.0, 29 until 1.114.0
    ("hundred-and-twenty-first", "unsafe"): 33,  # 29 until engine 1.112.0
    ("hundred-and-twenty-second", "rude"): 33,  # 27 until engine 1.113.0
    ("hundred-and-twenty-second", "unsafe"): 33,  # 26 until engine 1.113.0
    ("hundred-and-twenty-third", "rude"): 28,  # 15 with engine 1.112.0, 16 with 1.113.0, 27 until 1.135.0
    ("hundred-and-twenty-third", "unsafe"): 33,  # 29 until engine 1.114.0
    ("hundred-and-twenty-fourth", "rude"): 29,  # 17 until engine 1.115.0
    ("hundred-and-twenty-fourth", "unsafe"): 33,  # 28 until engine 1.115.0
    ("hundred-and-twenty-fifth", "rude"): 33,  # 24 until engine 1.116.0
    ("hundred-and-twenty-fifth", "unsafe"): 33,  # 30 until engine 1.116.0
    ("hundred-and-twenty-sixth", "rude"): 31,  # 11 until engine 1.117.0
    ("hundred-and-twenty-sixth", "unsafe"): 33,  # 24 until engine 1.117.0
    ("hundred-and-twenty-seventh", "rude"): 29,  # 9 until engine 1.118.0
    ("hundred-and-twenty-seventh", "unsafe"): 33,  # 26 until engine 1.118.0
    ("hundred-and-twenty-eighth", "rude"): 30,  # 18 with engine 1.117.0, 19 with 1.118.0
    ("hundred-and-twenty-eighth", "unsafe"): 33,  # 28 until engine 1.119.0
    ("hundred-and-twenty-ninth", "rude"): 32,  # 20 until engine 1.120.0
    ("hundred-and-twenty-ninth", "unsafe"): 32,  # 27 until engine 1.120.0
    ("hundred-and-thirtieth", "rude"): 31,  # 15 until engine 1.121.0
    ("hundred-and-thirtieth", "unsafe"): 33,  # 30 until engine 1.121.0
    ("hundred-and-thirty-first", "rude"): 29,  # 17 until engine 1.122.0
    ("hundred-and-thirty-first", "unsafe"): 33,  # 30 until engine 1.122.0
    ("hundred-and-thirty-second", "rude"): 28,  # 11 with engine 1.121.0, 12 with 1.122.0
    ("hundred-and-thirty-second", "unsafe"): 33,  # 27 until engine 1.123.0
    ("hundred-and-thirty-third", "rude"): 33,  # 15 until engine 1.124.0
    ("hundred-and-thirty-third", "unsafe"): 33,  # 26 until engine 1.124.0
    ("hundred-and-thirty-fourth", "rude"): 33,  # 27 until engine 1.125.0
    ("hundred-and-thirty-fourth", "unsafe"): 33,  # 30 until engine 1.125.0
    ("hundred-and-thirty-fifth", "rude"): 33,  # 22 until engine 1.126.0
    ("hundred-and-thirty-fifth", "unsafe"): 33,  # 30 until engine 1.126.0
    ("hundred-and-thirty-sixth", "rude"): 33,  # 18 until engine 1.127.0
    ("hundred-and-thirty-sixth", "unsafe"): 33,  # 23 with engine 1.125.0, 24 with 1.126.0
    ("hundred-and-thirty-seventh", "rude"): 33,  # 24 until engine 1.128.0
    ("hundred-and-thirty-seventh", "unsafe"): 33,  # 29 until engine 1.128.0
    ("hundred-and-thirty-eighth", "rude"): 33,  # 23 until engine 1.129.0
    ("hundred-and-thirty-eighth", "unsafe"): 32,  # 17 until engine 1.129.0
    ("hundred-and-thirty-ninth", "rude"): 33,  # 28 until engine 1.130.0
    ("hundred-and-thirty-ninth", "unsafe"): 33,  # 31 until engine 1.130.0
    ("hundred-and-fortieth", "rude"): 33,  # 25 until engine 1.132.0
    # 21 until engine 1.132.0, 22 until 1.131.0 (one flagged for a risk, not its breach).
    ("hundred-and-fortieth", "unsafe"): 33,
    ("hundred-and-forty-first", "rude"): 33,  # 25 with engines 1.130.0 and 1.131.0, 26 with 1.132.0
    ("hundred-and-forty-first", "unsafe"): 33,  # 29 until engine 1.133.0
    ("hundred-and-forty-second", "rude"): 33,  # 26 until engine 1.134.0
    ("hundred-and-forty-second", "unsafe"): 33,  # 30 until engine 1.134.0
    ("hundred-and-forty-third", "rude"): 33,  # 20 until engine 1.135.0
    ("hundred-and-forty-third", "unsafe"): 33,  # 19 until engine 1.135.0
    ("hundred-and-forty-fourth", "rude"): 33,  # 19 until engine 1.136.0
    ("hundred-and-forty-fourth", "unsafe"): 33,  # 29 until engine 1.136.0
    ("hundred-and-forty-fifth", "rude"): 28,  # 14 with engine 1.135.0, 15 with 1.136.0
    ("hundred-and-forty-fifth", "unsafe"): 33,  # 25 until engine 1.137.0
    ("hundred-and-forty-sixth", "rude"): 32,  # 28 until engine 1.138.0
    ("hundred-and-forty-sixth", "unsafe"): 33,  # 31 until engine 1.138.0
}


@pytest.mark.parametrize("name", sorted(CLEAN))
@pytest.mark.parametrize("slug", PLAYBOOK_SLUGS)
def test_no_red_flag_on_the_good_terse_and_careful_answers(slug: str, name: str) -> None:
    answers = _answers(slug, FOLDER / name)
    flagged = [
        (kind, item, flags)
        for kind in CLEAN[name]
        for item, text in answers[kind].items()
        if (name, slug, item, kind) not in FLAGGED_RIGHT and (flags := _scored(slug, item, text)[1])
    ]

    assert flagged == []


@pytest.mark.parametrize(("name", "slug", "item", "kind"), sorted(FLAGGED_RIGHT))
def test_every_right_answer_listed_as_flagged_is_still_so(name: str, slug: str, item: str, kind: str) -> None:
    assert _scored(slug, item, _answers(slug, FOLDER / name)[kind][item])[1]


@pytest.mark.parametrize(("name", "kind"), sorted(CAUGHT))
def test_rude_and_unsafe_answers_caught_no_fewer_than_recorded(name: str, kind: str) -> None:
    caught = sum(
        1
        for slug in PLAYBOOK_SLUGS
        for item, text in _answers(slug, FOLDER / name)[kind].items()
        if _scored(slug, item, text)[1]
    )

    assert caught >= CAUGHT[(name, kind)]


# The twelfth, thirteenth, sixteenth and eighteenth to thirty-fifth sets: per open item a good answer, a
# wrong one, a right one full of negations (neg_good), a wrong one that names the right things only to reject
# them (neg_wrong), a rude one and an unsafe one; the fourteenth the first four only. The writers' bands: good
# and neg_good at least 0.7, wrong at most 0.3, neg_wrong at most 0.35.
WRONG_AND_NEGATED = (
    "twelfth",
    "thirteenth",
    "fourteenth",
    "sixteenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
    "thirty-second",
    "thirty-third",
    "thirty-fourth",
    "thirty-fifth",
    "thirty-sixth",
    "thirty-seventh",
    "thirty-eighth",
    "thirty-ninth",
    "fortieth",
    "forty-first",
    "forty-second",
    "forty-third",
    "forty-fourth",
    "forty-fifth",
    "forty-sixth",
    "forty-seventh",
    "forty-eighth",
    "forty-ninth",
    "fiftieth",
    "fifty-first",
    "fifty-second",
    "fifty-third",
    "fifty-fourth",
    "fifty-fifth",
    "fifty-sixth",
    "fifty-seventh",
    "fifty-eighth",
    "fifty-ninth",
    "sixtieth",
    "sixty-first",
    "sixty-second",
    "sixty-third",
    "sixty-fourth",
    "sixty-fifth",
    "sixty-sixth",
    "sixty-seventh",
    "sixty-eighth",
    "sixty-ninth",
    "seventieth",
    "seventy-first",
    "seventy-second",
    "seventy-third",
    "seventy-fourth",
    "seventy-fifth",
    "seventy-sixth",
    "seventy-seventh",
    "seventy-eighth",
    "seventy-ninth",
    "eightieth",
    "eighty-first",
    "eighty-second",
    "eighty-third",
    "eighty-fourth",
    "eighty-fifth",
    "eighty-sixth",
    "eighty-seventh",
    "eighty-eighth",
    "eighty-ninth",
    "ninetieth",
    "ninety-first",
    "ninety-second",
    "ninety-third",
    "ninety-fourth",
    "ninety-fifth",
    "ninety-sixth",
    "ninety-seventh",
    "ninety-eighth",
    "ninety-ninth",
    "hundredth",
    "hundred-and-first",
    "hundred-and-second",
    "hundred-and-third",
    "hundred-and-fourth",
    "hundred-and-fifth",
    "hundred-and-sixth",
    "hundred-and-seventh",
    "hundred-and-eighth",
    "hundred-and-ninth",
    "hundred-and-tenth",
    "hundred-and-eleventh",
    "hundred-and-twelfth",
    "hundred-and-thirteenth",
    "hundred-and-fourteenth",
    "hundred-and-fifteenth",
    "hundred-and-sixteenth",
    "hundred-and-seventeenth",
    "hundred-and-eighteenth",
    "hundred-and-nineteenth",
    "hundred-and-twentieth",
    "hundred-and-twenty-first",
    "hundred-and-twenty-second",
    "hundred-and-twenty-third",
    "hundred-and-twenty-fourth",
    "hundred-and-twenty-fifth",
    "hundred-and-twenty-sixth",
    "hundred-and-twenty-seventh",
    "hundred-and-twenty-eighth",
    "hundred-and-twenty-ninth",
    "hundred-and-thirtieth",
    "hundred-and-thirty-first",
    "hundred-and-thirty-second",
    "hundred-and-thirty-third",
    "hundred-and-thirty-fourth",
    "hundred-and-thirty-fifth",
    "hundred-and-thirty-sixth",
    "hundred-and-thirty-seventh",
    "hundred-and-thirty-eighth",
    "hundred-and-thirty-ninth",
    "hundred-and-fortieth",
    "hundred-and-forty-first",
    "hundred-and-forty-second",
    "hundred-and-forty-third",
    "hundred-and-forty-fourth",
    "hundred-and-forty-fifth",
    "hundred-and-forty-sixth",
)
# Items where the good answer does not score above a wrong one, with the reason (docs/scoring-quality.md).
# Each note tells what its set showed when it was measured; an item stays listed only while its good answer
# still does not score above (`test_every_item_where_the_good_answer_is_not_above_is_still_so`), so a note
# whose items are gone records what a later engine or playbook reads.
NOT_ABOVE = {
    # "bounce says compnay.com, but i dont think thats a typo": naming the misspelled domain is the criterion,
    # and the rejection is of a word of it ("typo") said apart; both answers score 1.0.
    # A writing rubric credits what the message holds: the rejecting answer still names the cause, the
    # 11:00 time, OneDrive and an alert ("I'd hesitate to call it", "I wouldn't count on it"): both 0.93.
    # "The usual suggestion would be to install the software on their behalf or raise it through the approval
    # process ..., but I'd not offer either": a rejection after the fact, of a whole sentence before.
    # "Bounce says compnay.com ... - spelling diff is a red herring": the misspelled domain is named in one
    # segment and waved off in another; both answers score 1.0 (as in the twenty-first set).
    # The twenty-fourth set's writer talks themselves out of the right thing after naming it: "honestly
    # that's probably just an alias" (the domain named: 1.0); "I'm not going to apologize ... I wouldn't count
    # on that" (a writing rubric credits what the message holds: 1.0).
    # "the taskbar is of Windows 10 and not Windows 11. But the version and OS are not relevant": the versions
    # are named in one sentence and waved off in the next by another noun phrase (0.875, as the good answer).
    # Held out, the twenty-sixth set's writer brushes the right things off in slang after naming them: "reckon
    # that's a furphy", "not worth the hassle checking the address", "she'll be right" (all four tie with the
    # good answer).
    # The twenty-seventh set's triage notes state the facts in one line and reject them in another: "The
    # official steps are to install Microsoft Authenticator ... 1. Installing Authenticator: not recommended"
    # (a writing rubric credits what the message holds); "alex.rivera@compnay.com vs the customer's
    # company.com - possible typo noted, but low likelihood, skip" (the domain named in a segment before the
    # one waved off); "**Finding:** LT-103 shows restart pending ... ❌ Rejected as a compliance issue" (a
    # rejection on a line of its own); "The UNC path in step 4 is fine" against a good answer that does not
    # name the right server either (both 0.71).
    # The twenty-eighth set's writer brushes the right things off in texting slang: "ngl the spelling thing
    # is prolly nothing" (the domain named: 1.0).
    # The twenty-ninth set's writer asks the right question and answers it wrongly: "Is the domain
    # misspelled? ..." answers of fact, like "no", are no verdict (a good answer says "Others affected? no");
    # the good Wi-Fi answer starts with questions to the user, not the check the seed asks first (0.41, where
    # a wrong plan that starts with the Wi-Fi switch scores more); a writing rubric credits what the message
    # holds ("I wouldn't count on it", "not worth the effort" said beside the right things).
    # The thirtieth set's six ("can be discounted", "is a non-starter", "neither here nor there", "hardly
    # relevant") are read since engine 1.21.0. The thirty-first set's writer talks themselves out of the right
    # thing aloud, in words of its own after naming it in a sentence before: "I don't think that's really
    # what's going on", "the lockout probably isn't related" (of "the account locked thing" named before),
    # "screenshots can be misleading", "I wouldn't bother picking a time, just keep dismissing it".
    ("thirty-first", "technical-support-specialist", "detail-multiple-requests", "neg_wrong"),
    # The thirty-second set's notation: a good answer is not read for its required refusal ("Admin rights ->
    # can't give them, policy prohibits it": 0.5, as the rejecting answer; "Confirm w/ Mark (HR)" is read
    # since engine 1.22.0); "Typo in domain? irrelevant" waves off a question whose domain was named in the
    # line before; a handoff note waves each fact off on its own line after an arrow ("Log: ... -> generic
    # msg, ignore") and still holds every fact the rubric asks for (1.0).
    # The thirty-third set's work log: "Saw 3.0.2 ... and the Windows 10 taskbar. The user said latest version
    # and Windows 11 though, and I didn't want to contradict them" (the facts named, then set aside in words
    # of its own).
    # Held out, the thirty-fourth set's understatement sets the right thing aside politely after naming it:
    # "I'd be inclined not to read too much into that", "it can be a touch temperamental, so I'd suggest
    # skipping it", "I'm not convinced disk space was really the cause" (each ties the good answer at 1.0).
    ("thirty-fourth", "technical-support-technician", "writing-disk-full-resolution-note", "neg_wrong"),
    # Held out, the thirty-fifth set: a handoff note that holds every fact the rubric asks for and then asks
    # Tier 2 for the wrong thing in words no contradiction names ("Not asking you to look at the firewall,
    # please just call her ... and go through her laptop and router again"): 1.0, as the good one.
    ("thirty-fifth", "it-support-specialist", "writing-tier2-handoff-note", "neg_wrong"),
    # The thirty-sixth set talks itself out of the right action in words no dismissal reads: "I did think
    # about unlocking the portal account separately, but ... there's no point touching it" (1.0 against 0.9),
    # "I don't think that's the cause, because ... I wouldn't bother correcting the address and resending"
    # (1.0 against 1.0). ("emailing Mark back only slows things down" is read since engine 1.25.0.)
    ("thirty-sixth", "technical-support-specialist", "detail-bounced-email", "neg_wrong"),
    # (The thirty-seventh set's two, "which usually points at DHCP, but don't go down that road" and "the
    # bounce says compnay.com ..., but don't get distracted by that - a swapped letter doesn't cause
    # 'recipient not found'", are read since engine 1.26.0.)
    # The thirty-eighth set's procedural register declares the right act unnecessary in the passive: three
    # items when measured with engines 1.25.0 and 1.26.0; since engine 1.27.0 reads "not considered to be
    # the cause" and "not regarded as the cause", one: a wall guide that keeps every step and says not to
    # use them ("The touch panel ... can start the room's Teams meeting, but it is not to be used").
    ("thirty-eighth", "technical-support-technician", "writing-av-room-guide", "neg_wrong"),
    # (The thirty-ninth set's one, measured with engines 1.25.0 and 1.27.0, "I don't change the address; I
    # resend to alex.rivera@compnay.com later", is a contradiction of the playbook since 1.28.0's tuning.)
    # The fortieth set quotes the scenario's lines and answers under them. Measured with engines 1.25.0 and
    # 1.28.0, a quoted line was read as the candidate's own claim: two good answers that quote the wrong
    # summary to correct it met its contradiction ('> Summary: Compliant 4 of 4 devices (100%)', 0.2; 'So
    # "SLA met" isn't right', 0.2). Since engine 1.29.0 (quoted lines, "isn't right"), two: a handoff note
    # that quotes the log line and sets it aside in words of its own ("I don't think it's worth looking at
    # the firewall for", 1.0), and a wrong answer whose quoted "Update could not be completed" and "With an
    # up-to-date install" after it meet "not-latest-version" (0.875 against 1.0).
    ("fortieth", "it-support-specialist", "writing-tier2-handoff-note", "neg_wrong"),
    ("fortieth", "technical-support-specialist", "detail-inconsistent-version", "wrong"),
    # Held out, the forty-first set (measured with engines 1.25.0 and 1.29.0): "Me: ... no default gateway,
    # so technically DHCP didn't hand out an address. User: Do I need to renew it? Me: Nah, no need for
    # ipconfig /renew" (1.0 as the good answer).
    ("forty-first", "it-support-specialist", "detail-ipconfig-self-assigned", "neg_wrong"),
    # The forty-second set (measured with engines 1.25.0 and 1.31.0) talks itself out of the right act
    # tentatively, after naming the right facts ("so technically it'd be jane.doe rather than janedoe. But I
    # don't really think the dot is the issue"), and one good reply to the angry customer scored no higher
    # than the wrong one (not since engine 1.33.0, which reads the wrong one's tentative question as a claim).
    # Two more until engine 1.34.0 ("but maybe that's a bit much for one ticket?", "I guess the driver update
    # didn't make much difference").
    # The forty-third set (measured with engines 1.25.0, 1.33.0 and 1.34.0) reasoned the right act away after
    # naming it on six items ("The proper thing would be to go back to Mark and check which one is right.
    # On reflection, ..."), and three good answers scored low, the options they weigh and set aside read as
    # their own ("I did consider copying another AP person's account, but that tends to drag in extra
    # access, so template only": 0.2); none since engine 1.35.0, which reads an option weighed and turned
    # down as no act of the candidate's.
    # The forty-fourth set (measured with engines 1.25.0, 1.33.0 and 1.35.0): rejecting answers that coach
    # the trainee out of the right act after naming it ("You'll know the usual checks: input source, Win+P
    # and a spare HDMI cable. Skip them") scored as high as the good answer on three items; none since
    # engine 1.36.0.
    # The forty-fifth set (measured with engines 1.25.0, 1.33.0 and 1.37.0, and 1.38.0): rejecting answers
    # that name the right facts and let experience wave the right act away ("but in my experience that
    # message is just client-side noise and never turns out to be the firewall") score as high as the good
    # answer on two items.
    ("forty-fifth", "it-support-specialist", "writing-tier2-handoff-note", "neg_wrong"),
    # The forty-sixth set (measured with engines 1.25.0, 1.33.0 and 1.38.0): a question answered away
    # ("Should I go back to Mark to find out which is right? I don't think it's worth the email.") and a good
    # outage notice that scored no higher than the wrong and the rejecting one ("since email to the helpdesk
    # won't arrive" read as telling staff to email the helpdesk); none since engine 1.39.0.
    # Held out, the forty-eighth set (measured with engines 1.25.0, 1.33.0 and 1.40.0): rejecting answers
    # that name the right act only in a branch they rule out score as high as the good answer on three items.
    ("forty-eighth", "technical-support-technician", "detail-patch-compliance-report", "neg_wrong"),
    ("forty-eighth", "technical-support-technician", "writing-disk-full-resolution-note", "neg_wrong"),
    # The forty-ninth set (measured with engines 1.25.0, 1.33.0 and 1.41.0, then tuned on): rejecting answers
    # that name the right facts and prefer the wrong act score as high as the good answer on three items
    # ("which could point at the firewall, but ... I'd rather not send you chasing your firewall config";
    # "at first glance it looks like a typo. But I'd rather not assume we made a mistake"; "Other Marketing
    # laptops might fill up too, but I'd rather not raise a follow-up for something hypothetical"). The
    # bounced-email answer is below the good one since engine 1.116.0 ("I'll resend the same message later":
    # a contradiction).
    ("forty-ninth", "it-support-specialist", "writing-tier2-handoff-note", "neg_wrong"),
    # The hundred-and-twenty-sixth set (numbered clauses of a formal procedure): a reply to Jordan whose
    # clause before it says it "need not mention the 9:15 start, the faulty update or the expected return
    # within the hour"; the writing rubric credited what the whole answer names (1.0 against the good 0.91)
    # until engine 1.124.0, which looks for it in the message alone (0.3 since).
    # The hundred-and-twenty-seventh (footnotes): the same reply, its footnote naming what it "left out"
    # ("the faulty update, the one-hour estimate and the review of all three outages"): 1.0 against 0.91,
    # until engine 1.127.0 ("An apology could be read as admitting liability": a contradiction; 0.2 since).
    # The hundred-and-thirtieth (a "five whys" chain): a reply to Jordan and a room guide whose line before
    # the message puts the right things under "Ruled out:" on the same line ('the "third time"', '"Within the
    # hour"'; "the speakerphone mute light", "Extension 200"), items read as checks done where they share the
    # heading's line: 1.0 against 0.91 and 1.0 against 1.0. The reply is below the good one since engine
    # 1.124.0 (0.3: the message read alone).
    ("hundred-and-thirtieth", "technical-support-technician", "writing-av-room-guide", "neg_wrong"),
    # The hundred-and-thirty-first (a message to a third party): a room guide whose note to the colleague says
    # what it "left out" ("the touch panel ... and the speakerphone mute light ... extension 200"); "left out"
    # is no negation as read: 1.0 against 1.0.
    ("hundred-and-thirty-first", "technical-support-technician", "writing-av-room-guide", "neg_wrong"),
    # The fiftieth set (measured with engines 1.25.0 to 1.42.0, then tuned on): a good reply to Dana whose
    # acknowledgement is read as refused ("two outages in one week isn't acceptable"; "the timing with your
    # noon proposal makes it worse") scores as the rejecting one, which names the same things (0.79).
    # The fifty-third set (measured with engines 1.25.0, 1.33.0 and 1.45.0, held out until 1.47.0): an
    # unticked box answered "- no, ..." keeps the credit of the step it names ("- [ ] Install it for them
    # with my admin account - no, that's basically the same as giving rights"). Its wrong and rejecting
    # replies to the angry customer scored as the good one until the playbook named "scheduled maintenance"
    # and "admitting fault" as contradictions (engine 1.47.0).
    ("fifty-third", "technical-support-specialist", "tech-admin-rights-request", "neg_wrong"),
    # Held out, the fifty-fourth set (friendly humour; measured with engines 1.25.0 to 1.47.0): a good answer
    # that walks in "with a spare HDMI cable" starts, for the engine, with the swap (0.37); a rejecting one
    # names the checks it skips ("The usual checklist says check the screen's input and press Win+P ..., but
    # ... I wouldn't waste my eight minutes there") and keeps their credit (0.94); "I did notice the domain
    # says 'compnay' ... but honestly, who reads domains that closely?" keeps the typo's (1.0); a room guide
    # that says the panel is "easier to skip" and the mute light is not worth tapping names every part (1.0).
    ("fifty-fourth", "technical-support-specialist", "detail-bounced-email", "neg_wrong"),
    ("fifty-fourth", "technical-support-technician", "writing-av-room-guide", "neg_wrong"),
    # Held out, the fifty-eighth and fifty-ninth sets (measured with engines 1.25.0 to 1.48.0): a reply to the
    # angry customer that declines the hour, the review and the apology in words no contradiction names ("I
    # don't see the point in promising a review", "an apology isn't really called for"), and two room guides
    # that name every part but get the red light or the panel wrong ("When the red light is on, the
    # microphone is live"; "its not very reliable, so dont bother with it"): a writing rubric credits what
    # the message names. The reply is below the good one since engine 1.124.0 ("had different causes": a
    # contradiction).
    # The sixtieth and sixty-first (tuned on, engine 1.51.0): a check named ("on the face of it wants checking
    # with HR") and waived in the next sentence by a person's name ("I wouldn't bother Mark with it though")
    # keeps its credit; a handoff that says the log's message "is not considered to indicate a firewall or
    # gateway issue" still names every fact the note's criteria read; an outage notice in the passive ("It is
    # requested that repeated sign-in attempts not be made") is not read as telling readers what to do, and
    # scores as the wrong one does (0.5).
    ("sixty-first", "it-support-specialist", "writing-tier2-handoff-note", "neg_wrong"),
    ("sixty-first", "technical-support-specialist", "writing-outage-announcement", "wrong"),
    # Held out, the sixty-second: a good answer whose first step reassures the CEO that he can join "on his
    # laptop screen" is read as starting with the fallback (0.42).
    # Held out, the sixty-third: a good answer that explains why the date matters with a consequence in the
    # imperative ("build for the 16th and she turns up on the 9th -> no account") is read as picking that
    # date (0.2); one that refuses in a fragment ("No admin rights. Policy.", "She never gets admin.") does
    # not meet the refusal (0.5), and tied the wrong answer that refuses and closes the ticket until the
    # playbook's refusal took "She never gets admin." (3 December 2026).
    ("sixty-third", "it-support-specialist", "detail-onboarding-start-date", "neg_wrong"),
    # The ninety-eighth (trade shorthand) weighs both dates the same way: "Build for 16th and she's sat at a
    # bare desk on the 9th; enable early for the 9th and we've got a live account nobody's using" (0.2, as
    # the rejecting answer).
    ("ninety-eighth", "it-support-specialist", "detail-onboarding-start-date", "neg_wrong"),
    # The sixty-fifth: a wrong answer that blames another laptop names LT-103 and the 75% on the way (both
    # 1.0); a wrong guide that reads the red light as the microphone on still names the panel, HDMI, the
    # speakerphone and ext 200 (both 1.0); a rejecting note waves the full disk off as the cause with "I don't
    # think that was really behind the crashes" and the follow-up with "so no follow-up needed" (both 1.0).
    ("sixty-fifth", "technical-support-technician", "detail-patch-compliance-report", "wrong"),
    ("sixty-fifth", "technical-support-technician", "writing-disk-full-resolution-note", "neg_wrong"),
    # The sixty-sixth: the good answer misses the first step and the order (0.34 against 0.88); a rejecting
    # customer email meets every criterion (both 1.0).
    # The sixty-ninth (dictated): a good answer whose first step promises "a backup ready before ten" is read
    # as starting with the fallback (0.38, as the rejecting one); a wrong patch answer that blames LT one oh
    # one names LT one oh three, its restart pending and "three of four" on the way (both 1.0, since engine
    # 1.57.0 reads numbers said in words; both 0.5 before); a rejecting room guide meets every criterion
    # (both 1.0).
    ("sixty-ninth", "technical-support-technician", "detail-patch-compliance-report", "wrong"),
    # The hundred-and-eighteenth (the minutes of a meeting): a rejecting room guide notes the touch panel, the
    # red mute light and extension 200, then "The team agreed to leave these out" and gives a guide without
    # them; a writing rubric credits what the whole answer holds (both 1.0).
    ("hundred-and-eighteenth", "technical-support-technician", "writing-av-room-guide", "neg_wrong"),
    # The hundred-and-nineteenth (a play-by-play): a rejecting answer names the misspelled domain and then "I
    # don't think the spelling matters", its dismissal said of "the spelling", not of the domain named in the
    # sentence before (both 1.0); a rejecting customer email names "the faulty update", '"Within the hour"'
    # and the review only to leave each out of the email it then gives ("I leave it out", "I don't want to
    # promise a time"), and the writing rubric credits what the whole answer holds (1.0, the good one 0.91).
    ("hundred-and-nineteenth", "technical-support-specialist", "detail-bounced-email", "neg_wrong"),
    ("hundred-and-nineteenth", "technical-support-specialist", "writing-angry-customer-email", "neg_wrong"),
    # The hundred-and-twenty-second (a reply to the assessor): the same two writing tasks, each preface naming
    # what the message then leaves out ("laptops need to be on and plugged in, but I'd leave that out", "the
    # faulty update and the review ... I wouldn't put either in writing"): 1.0 each, the good ones 1.0 and
    # 0.91, until engine 1.124.0 looked for what the criteria ask in the message alone (0.3 each since).
    # The hundred-and-fortieth (a risk register, its rejecting answers not yet read): an admin-rights answer
    # whose mitigations turn the right steps down after a "|" ("Impact: none | Mitigation: not our job to
    # install random Finance software"), the negation of "none" going on past the bar and the line break, so
    # no contradiction reads them: 0.91, as the good answer. Since engine 1.132.0 a field's label ends a
    # negation there (0.2).
    # The hundred-and-forty-first (a "Given / When / Then" specification): a rejecting customer email whose
    # scenarios drop the cause, the time and the review ("so I leave it out", "so no time", "so I don't")
    # and whose message is generic ("We're sorry for the inconvenience. Our team is aware of the issue and
    # working on it. We'll update you ...") earns what the good one does (0.91 each): the rubric asks for an
    # apology, an action and a next update, which a generic message gives, not for the cause, the time or
    # the review the case holds.
    ("hundred-and-forty-first", "technical-support-specialist", "writing-angry-customer-email", "neg_wrong"),
    # The hundred-and-forty-fourth (a short FAQ): the same, its questions turning the cause, the review and
    # the time down ("Q: Give him the one-hour estimate? A: No, never give times to an angry customer.")
    # before a generic message (0.91 each).
    ("hundred-and-forty-fourth", "technical-support-specialist", "writing-angry-customer-email", "neg_wrong"),
    # The hundred-and-forty-fifth (a whiteboard sketch): the good SLA answer's shorthand ("resolved 12:40 →
    # 3 h 35 min → due 13:05 → ✓ met", "[1] correct ticket → SLA breached (response)") meets neither the
    # resolution criterion nor the corrected status as read, 0.57, as the rejecting one scores.
    ("hundred-and-forty-fifth", "technical-support-technician", "detail-sla-breach", "neg_wrong"),
}
BANDS = {"good": (0.7, 1.0), "neg_good": (0.7, 1.0), "wrong": (0.0, 0.3), "neg_wrong": (0.0, 0.35)}
# How many of the 33 answers of each kind score in the band (docs/scoring-quality.md): what the engine does
# now, so that a change that does worse shows here.
# The contradictions named in the three playbooks on 2 December 2026 (the wrong conclusions each item rules
# out, read from the wrong and rejecting answers of the sets up to the thirty-third) raised every set's wrong
# and neg_wrong counts, and the accepted phrasings added after them for right answers said in other words
# raised some good and neg_good counts (docs/scoring-quality.md, "Wrong conclusions named", has the counts
# before them). Engine 1.53.0 raised them again on most sets (docs/scoring-quality.md, "Rubrics that credited
# the wrong act", has them before and after): a finding no longer taken for the first step, order credit
# for two steps cut to a third, rubric phrasings that credited a wrong act dropped, consequences read as
# dismissals.
IN_BAND = {
    ("twelfth", "good"): 33,
    ("twelfth", "neg_good"): 33,
    ("twelfth", "wrong"): 32,  # 31 until engine 1.35.0 ("Could you ...?" a request)
    ("twelfth", "neg_wrong"): 33,  # 23 before engine 1.12.0's rejected required criteria
    ("thirteenth", "good"): 33,
    ("thirteenth", "neg_good"): 33,
    ("thirteenth", "wrong"): 33,
    ("thirteenth", "neg_wrong"): 33,  # 19 before engine 1.12.0
    ("fourteenth", "good"): 33,
    ("fourteenth", "neg_good"): 33,
    ("fourteenth", "wrong"): 33,
    ("fourteenth", "neg_wrong"): 33,  # 23 before engine 1.12.0
    ("sixteenth", "good"): 33,
    ("sixteenth", "neg_good"): 33,
    ("sixteenth", "wrong"): 33,
    ("sixteenth", "neg_wrong"): 31,  # 17 with engine 1.11.0
    ("eighteenth", "good"): 33,
    ("eighteenth", "neg_good"): 33,  # 30 until engine 1.42.0 ("is on it"), 31 until 1.43.0 ("likely fs02")
    ("eighteenth", "wrong"): 32,
    # 21 with engine 1.11.0 and 23 with 1.12.0, held out; 29 once skipped and irrelevant things lost their
    # credit (text._waived, written after reading this set).
    ("eighteenth", "neg_wrong"): 33,
    # Held out (engine 1.11.0: 33, 31, 24, 23; 1.12.0 as measured: neg_wrong 28, then 29 once a reason after a
    # dismissal kept it one, a fix its one tie between good and neg_wrong led to).
    ("nineteenth", "good"): 33,
    ("nineteenth", "neg_good"): 33,  # 31 until engine 1.44.0 ("make sure nobody clicks")
    ("nineteenth", "wrong"): 33,
    ("nineteenth", "neg_wrong"): 33,
    # Held out (engine 1.11.0: 30, 28, 24, 23; 1.12.0 as measured: 30, 28, 24, 27). Then three phrasings its
    # good answers showed missing ("I wouldn't grant admin rights", "can't sign in to email", "he's right"):
    # good 32, and above the wrong one on every item.
    ("twentieth", "good"): 32,
    ("twentieth", "neg_good"): 31,  # 29 until engine 1.42.0 ("is on it")
    ("twentieth", "wrong"): 32,
    ("twentieth", "neg_wrong"): 31,
    # Measured once with engine 1.12.0: 33, 30, 24, 18 (neg_wrong: "no need to", "isnt" and "i dont think"
    # after the right things, in few words).
    ("twenty-first", "good"): 33,
    ("twenty-first", "neg_good"): 32,
    ("twenty-first", "wrong"): 33,
    ("twenty-first", "neg_wrong"): 32,  # 19 until engine 1.21.0 ("isn't related and ...")
    # Measured with engine 1.12.0: 31, 29, 27, 18; then four phrasings its good answers showed missing ("email
    # won't sign in", "self-service reset", "through a reset", "test the credentials"): good 33.
    ("twenty-second", "good"): 33,
    ("twenty-second", "neg_good"): 32,
    ("twenty-second", "wrong"): 33,
    ("twenty-second", "neg_wrong"): 32,  # 31 until engine 1.126.0
    # Measured once with engine 1.13.0: 32, 28, 26, 8 (neg_wrong: "Escalate? nah", "OWA test - not needed",
    # "pw" unread). With 1.14.0: neg_wrong 18; wrong 23, as three wrong answers now read "reset his pw" as the
    # password reset their rubrics accept.
    ("twenty-third", "good"): 33,
    ("twenty-third", "neg_good"): 33,
    ("twenty-third", "wrong"): 32,
    ("twenty-third", "neg_wrong"): 33,  # 18 until engine 1.22.0 ("Checking w/ HR ... skip")
    # Measured once with engine 1.14.0: 32, 32, 21, 8 (neg_wrong: "I mean, sure, ... but honestly ...").
    # With 1.15.0's "..., so I wouldn't bother" and "that's kinda pointless": neg_wrong 11; and good 33 once
    # the SLA item accepts "3h35m", "corrected to breached" and "my lead".
    ("twenty-fourth", "good"): 33,
    ("twenty-fourth", "neg_good"): 33,
    ("twenty-fourth", "wrong"): 32,
    ("twenty-fourth", "neg_wrong"): 33,
    # Measured once with engine 1.15.0: 31, 30, 28, 8 (neg_wrong: "X is not required", "out of scope", "not
    # in our purview", "the same"), and 11 items where the good answer was not above the neg_wrong one; with
    # 1.16.0 and four phrasings its right answers showed missing: 33, 32, 28, 15, and one such item.
    ("twenty-fifth", "good"): 33,
    ("twenty-fifth", "neg_good"): 33,
    ("twenty-fifth", "wrong"): 33,
    ("twenty-fifth", "neg_wrong"): 27,
    # Held out: measured once with engine 1.16.0 (engine 1.13.0: 33, 29, 24, 7); neg_wrong 9 with 1.18.0, 10
    # with 1.19.0.
    ("twenty-sixth", "good"): 33,
    ("twenty-sixth", "neg_good"): 32,
    ("twenty-sixth", "wrong"): 33,
    ("twenty-sixth", "neg_wrong"): 32,  # 10 until engine 1.22.0 ("Reckon it's ...", "didn't bother")
    # Measured once with engine 1.17.0: 32, 32, 23, 4 (neg_wrong: "X: deprioritised", "Y - ❌ rejected",
    # "Z: no action required"), and 10 items where the good answer was not above a wrong one; with 1.18.0
    # (verdicts after a label): 32, 32, 23, 15, and four such items. The good answer below the band starts
    # the Wi-Fi steps by scoping ("only this laptop is affected"), not the basic check the seed asks first.
    ("twenty-seventh", "good"): 33,
    ("twenty-seventh", "neg_good"): 33,
    ("twenty-seventh", "wrong"): 33,
    ("twenty-seventh", "neg_wrong"): 30,  # 15 with engine 1.19.0
    # Measured once with engine 1.18.0: 33, 30, 24, 11 (engine 1.13.0: 33, 30, 24, 10); with 1.19.0 (texting:
    # "ur", "but nah", "hard pass on", "no way" alone, "til"): 33, 31, 26, 16.
    ("twenty-eighth", "good"): 33,
    ("twenty-eighth", "neg_good"): 32,
    ("twenty-eighth", "wrong"): 33,
    ("twenty-eighth", "neg_wrong"): 31,  # 29 until engine 1.39.0
    # Measured once with engine 1.19.0 as tuned on the twenty-eighth set: 31, 28, 27, 11 (engine 1.13.0: 31,
    # 28, 27, 7); with 1.19.0 as committed (three phrasings its right answers showed missing, "won't help"):
    # 32, 30, 27, 11.
    ("twenty-ninth", "good"): 33,
    ("twenty-ninth", "neg_good"): 33,
    ("twenty-ninth", "wrong"): 32,
    ("twenty-ninth", "neg_wrong"): 30,  # 26 until the playbooks of 3 December
    # Held out: measured once with engine 1.19.0, the same as with 1.17.0 (engine 1.13.0: 33, 26, 23, 10);
    # tuned on with engine 1.21.0 ("can be discounted", "a non-starter", "hardly relevant"): 33, 28, 23, 21.
    ("thirtieth", "good"): 33,
    ("thirtieth", "neg_good"): 33,
    ("thirtieth", "wrong"): 33,
    ("thirtieth", "neg_wrong"): 33,
    # Measured once with engine 1.21.0 as tuned on the thirtieth set: 33, 30, 23, 12 (engine 1.13.0: 33, 30,
    # 23, 10); then tuned on ("not worth the risk" no dismissal, "I don't think the firewall's the issue",
    # "that's probably fine"): 33, 31, 23, 13.
    ("thirty-first", "good"): 33,
    ("thirty-first", "neg_good"): 33,
    ("thirty-first", "wrong"): 33,
    ("thirty-first", "neg_wrong"): 31,
    # Held out: measured once with engine 1.21.0 (engine 1.13.0: 31, 27, 22, 8; 1.17.0: 31, 29, 22, 13): 31,
    # 29, 23, 19; then tuned on (engine 1.22.0: "w/", "w/o", "b/c", "!=", "obv"): 32, 29, 23, 20.
    ("thirty-second", "good"): 33,
    ("thirty-second", "neg_good"): 32,
    ("thirty-second", "wrong"): 33,
    ("thirty-second", "neg_wrong"): 33,  # 30 until engine 1.39.0
    # Measured once with engine 1.22.0 as tuned on the thirty-second set: 33, 29, 26, 13 (engine 1.13.0 the
    # same); then tuned on ("Decided it doesn't matter since ...", "didn't make much of it", "didn't bother
    # ... it"): 33, 29, 26, 16.
    ("thirty-third", "good"): 33,
    ("thirty-third", "neg_good"): 32,
    ("thirty-third", "wrong"): 33,
    ("thirty-third", "neg_wrong"): 31,  # 29 until engine 1.34.0 ("... Ctrl+Shift+Delete ... I'd skip that")
    # Held out: measured once with engine 1.22.0, the same as with 1.17.0 (engine 1.13.0: 33, 31, 25, 9).
    ("thirty-fourth", "good"): 33,
    ("thirty-fourth", "neg_good"): 33,
    ("thirty-fourth", "wrong"): 32,  # 31 until engine 1.124.0
    # 18 until the playbooks of 3 December, 19 until engine 1.26.0, 20 until 1.38.0.
    ("thirty-fourth", "neg_wrong"): 26,  # 25 until engine 1.126.0
    # Held out: measured once with engine 1.23.0 and the playbooks before their new contradictions: 33, 31,
    # 27, 13; after them: 33, 31, 29, 23.
    ("thirty-fifth", "good"): 33,
    ("thirty-fifth", "neg_good"): 33,  # 31 until engine 1.44.0 ("has a zero")
    ("thirty-fifth", "wrong"): 31,  # 29 until engine 1.40.0
    ("thirty-fifth", "neg_wrong"): 26,  # 23 until engine 1.24.0 read "but I doubt it"
    # Measured once with engine 1.23.0 and again with 1.24.0, the same; then tuned on (engine 1.25.0 and the
    # playbooks of 3 December).
    ("thirty-sixth", "good"): 33,
    ("thirty-sixth", "neg_good"): 29,
    # 21 until engine 1.35.0 ("I did think about offering to install it"), 22 until 1.42.0.
    ("thirty-sixth", "wrong"): 30,
    ("thirty-sixth", "neg_wrong"): 28,  # 26 until engine 1.36.0 ("Yes, you'll spot ... Don't go chasing it")
    # Measured once with engine 1.24.0 (and 1.25.0, the same): 32, 29, 27, 24; then tuned on (engine 1.26.0:
    # "don't get distracted by that", "doesn't cause", "This is not IT and not Microsoft").
    ("thirty-seventh", "good"): 33,
    ("thirty-seventh", "neg_good"): 31,
    ("thirty-seventh", "wrong"): 30,
    ("thirty-seventh", "neg_wrong"): 29,
    # Measured once with engine 1.25.0 and again with 1.26.0, the same: 32, 28, 27, 11; then tuned on
    # (engine 1.27.0: "not considered necessary", "is not to be investigated", "none is considered
    # necessary", "These discrepancies ...", and phrasings of its right answers in the playbooks).
    ("thirty-eighth", "good"): 33,
    ("thirty-eighth", "neg_good"): 33,  # 31 until engine 1.44.0 ("has a zero")
    ("thirty-eighth", "wrong"): 28,
    ("thirty-eighth", "neg_wrong"): 22,
    # Measured once with engine 1.25.0 and again with 1.27.0, the same: 33, 31, 25, 20; then tuned on
    # (engine 1.28.0: "we cannot promise it will not happen again", "I think is not a real problem", and
    # the wrong conclusions of its answers in the playbooks).
    ("thirty-ninth", "good"): 33,
    ("thirty-ninth", "neg_good"): 32,
    ("thirty-ninth", "wrong"): 31,  # 26 until engine 1.43.0 ("no map network drive" named), 30 until 1.124.0
    ("thirty-ninth", "neg_wrong"): 28,  # 26 until engine 1.35.0 ("I could ..., but ...")
    # Measured once with engine 1.25.0 (31, 33, 24, 22) and again with 1.28.0, whose playbooks' "the
    # first.last rule" credited a wrong answer ("the first.last rule is for email addresses"): 31, 33, 23,
    # 22; then tuned on (engine 1.29.0; the phrasing narrowed to "under the first.last rule").
    ("fortieth", "good"): 33,
    ("fortieth", "neg_good"): 33,
    ("fortieth", "wrong"): 31,  # 30 until engine 1.126.0
    ("fortieth", "neg_wrong"): 25,  # 24 until engine 1.124.0
    # Measured once with engine 1.25.0 (32, 31, 32, 22) and again with 1.29.0, whose "don't need to worry
    # about it" (engine 1.26.0) rejects what the sentence before told Bruno to do; then tuned on (engine
    # 1.31.0: "whether the account is locked, disabled or the password has expired" stays a question).
    ("forty-first", "good"): 33,
    ("forty-first", "neg_good"): 33,
    ("forty-first", "wrong"): 33,
    # 23 until engine 1.34.0 ("the driver install ... made no difference"), 26 until 1.124.0
    ("forty-first", "neg_wrong"): 27,
    # Measured once with engine 1.25.0 and again with 1.31.0, the same: 31, 31, 28, 15; wrong 29 since
    # engine 1.33.0; then tuned on (engine 1.34.0: "but that feels like overkill", "I'd probably skip that",
    # "maybe that's a bit much", "rarely does anything", "didn't make much difference").
    ("forty-second", "good"): 32,
    ("forty-second", "neg_good"): 33,  # 32 until engine 1.129.0
    ("forty-second", "wrong"): 31,
    ("forty-second", "neg_wrong"): 26,  # 25 until engine 1.124.0
    # Measured once with engine 1.25.0 and again with 1.33.0 and 1.34.0, the same: 29, 30, 26, 20; then
    # tuned on (engine 1.35.0: an option weighed and turned down, "I did consider copying another AP
    # person's account, but ...", "Normally I'd ..., but ...", "I was going to ... Thinking about it more").
    ("forty-third", "good"): 33,
    ("forty-third", "neg_good"): 33,
    ("forty-third", "wrong"): 31,
    ("forty-third", "neg_wrong"): 25,
    # Measured once with engine 1.25.0 (32, 28, 30, 22) and again with 1.33.0 (the same) and 1.35.0 (one more
    # rejecting answer in band); then tuned on (engine 1.36.0: "Skip them", "don't make a thing of it", "In
    # real life, don't bother", "it isn't allowed under policy" names the policy; engine 1.37.0: "Don't start
    # on drivers, updates or reboots" refuses all three).
    ("forty-fourth", "good"): 33,
    ("forty-fourth", "neg_good"): 33,
    ("forty-fourth", "wrong"): 33,
    ("forty-fourth", "neg_wrong"): 29,
    # Measured once with engine 1.25.0 (33, 29, 27, 19) and again with 1.33.0 (neg_good 30) and 1.37.0 (31,
    # 21); then tuned on (engine 1.38.0: a mistake told from experience and not to be made again, "the
    # standard advice is ...", "I'd skip them").
    ("forty-fifth", "good"): 33,
    ("forty-fifth", "neg_good"): 32,
    ("forty-fifth", "wrong"): 33,  # 27 until engine 1.43.0 ("use the command line instead" named)
    ("forty-fifth", "neg_wrong"): 24,
    # Measured once with engine 1.25.0 (30, 30, 27, 18) and again with 1.33.0 and 1.38.0 (neg_good 31); then
    # tuned on (engine 1.39.0: a question answered away, "Probably not."; "won't arrive").
    ("forty-sixth", "good"): 32,
    ("forty-sixth", "neg_good"): 33,
    ("forty-sixth", "wrong"): 30,
    ("forty-sixth", "neg_wrong"): 25,
    # Measured once with engine 1.25.0 (30, 31, 31, 23) and again with 1.33.0 (the same) and 1.39.0 (two more
    # rejecting answers in band); then tuned on (engine 1.40.0: "drop Mark a quick reply ... to confirm which
    # one is right", "without the full stop").
    ("forty-seventh", "good"): 33,
    ("forty-seventh", "neg_good"): 32,
    ("forty-seventh", "wrong"): 31,
    # 25 until engine 1.42.0, 29 until 1.101.0: a rejecting answer that notices the two dates ("then says her
    # first day is 16 June") before it waives the check earns the noticing.
    ("forty-seventh", "neg_wrong"): 28,
    # Held out: measured once with engine 1.25.0 (32, 30, 28, 19) and again with 1.33.0 (the same) and
    # 1.40.0 (two more rejecting answers in band).
    ("forty-eighth", "good"): 33,
    ("forty-eighth", "neg_good"): 31,
    ("forty-eighth", "wrong"): 31,
    ("forty-eighth", "neg_wrong"): 27,  # 21 until engine 1.42.0, 26 until 1.127.0
    # Measured once with engine 1.25.0 (32, 32, 27, 19) and again with 1.33.0 (the same) and 1.41.0 (four
    # more rejecting answers in band); then tuned on (engine 1.42.0).
    ("forty-ninth", "good"): 33,
    ("forty-ninth", "neg_good"): 33,
    ("forty-ninth", "wrong"): 29,
    ("forty-ninth", "neg_wrong"): 29,  # 28 until engine 1.116.0
    # Measured once with engine 1.25.0 (32, 32, 25, 21) and again with 1.33.0 (one more rejecting answer in
    # band), 1.41.0 (two more) and 1.42.0 (three more); then tuned on (engine 1.43.0).
    ("fiftieth", "good"): 32,
    ("fiftieth", "neg_good"): 33,
    ("fiftieth", "wrong"): 29,
    ("fiftieth", "neg_wrong"): 30,
    # Measured once with engine 1.25.0 (32, 32, 27, 21) and again with 1.33.0 (the same), 1.41.0 (28, 22),
    # 1.42.0 and 1.43.0 (28, 24); then tuned on (engine 1.44.0: the phishing report's check said as "ask Lee
    # whether they clicked", its warning as "make sure nobody clicks").
    ("fifty-first", "good"): 33,
    ("fifty-first", "neg_good"): 33,
    ("fifty-first", "wrong"): 31,
    ("fifty-first", "neg_wrong"): 28,
    # Held out: measured once with engine 1.25.0 (32, 29, 25, 23) and again with 1.33.0 (one more rejecting
    # answer in band) and 1.44.0 (two more).
    ("fifty-second", "good"): 33,
    ("fifty-second", "neg_good"): 32,
    ("fifty-second", "wrong"): 31,  # 30 until engine 1.127.0
    ("fifty-second", "neg_wrong"): 29,
    # Held out: measured once with engine 1.25.0 (33, 33, 24, 23) and again with 1.33.0 and 1.45.0 (the
    # same).
    ("fifty-third", "good"): 33,
    ("fifty-third", "neg_good"): 33,
    ("fifty-third", "wrong"): 31,  # 30 until engine 1.128.0
    ("fifty-third", "neg_wrong"): 29,  # 28 until engine 1.128.0
    # Held out: 1.25.0 32, 31, 29, 22; 1.33.0 32, 32, 29, 22; 1.46.0 the same.
    ("fifty-fourth", "good"): 32,
    ("fifty-fourth", "neg_good"): 32,
    ("fifty-fourth", "wrong"): 32,
    ("fifty-fourth", "neg_wrong"): 26,
    # Held out: 1.25.0 33, 31, 28, 21; 1.33.0 33, 31, 28, 22; 1.46.0 and 1.47.0 33, 31, 29, 24 (1.48.0: a
    # contradiction named from the fifty-seventh set caps one more rejecting answer).
    ("fifty-fifth", "good"): 33,
    ("fifty-fifth", "neg_good"): 32,
    ("fifty-fifth", "wrong"): 30,
    ("fifty-fifth", "neg_wrong"): 32,  # 31 until engine 1.126.0
    # 1.25.0 and 1.33.0 31, 31, 29, 20; 1.46.0 and 1.47.0 31, 31, 29, 21; then tuned on.
    ("fifty-sixth", "good"): 32,
    ("fifty-sixth", "neg_good"): 32,
    ("fifty-sixth", "wrong"): 30,
    ("fifty-sixth", "neg_wrong"): 31,
    # 1.25.0 to 1.47.0 32, 31, 20, 14; then tuned on (the wrong conclusions it says, named in the playbooks).
    ("fifty-seventh", "good"): 33,
    ("fifty-seventh", "neg_good"): 33,
    ("fifty-seventh", "wrong"): 28,
    ("fifty-seventh", "neg_wrong"): 31,
    # 1.25.0 33, 31, 23, 19; 1.33.0 33, 31, 23, 20; 1.47.0 33, 32, 26, 22; 1.48.0 as now (then tuned on).
    ("fifty-eighth", "good"): 33,
    ("fifty-eighth", "neg_good"): 33,
    ("fifty-eighth", "wrong"): 30,
    ("fifty-eighth", "neg_wrong"): 26,  # 25 until engine 1.124.0
    # Held out: 1.25.0, 1.33.0 and 1.47.0 33, 32, 30, 25.
    ("fifty-ninth", "good"): 33,
    ("fifty-ninth", "neg_good"): 33,
    ("fifty-ninth", "wrong"): 33,
    ("fifty-ninth", "neg_wrong"): 32,
    # 1.25.0 and 1.33.0 33, 29, 27, 22; 1.50.0 33, 29, 27, 24; then tuned on (1.51.0).
    ("sixtieth", "good"): 33,
    ("sixtieth", "neg_good"): 30,
    ("sixtieth", "wrong"): 30,
    ("sixtieth", "neg_wrong"): 28,  # 27 until engine 1.125.0
    # 1.25.0 31, 28, 26, 9; 1.33.0 32, 28, 26, 11; 1.50.0 32, 29, 25, 11; then tuned on (1.51.0: "would not,
    # however, be regarded as ...").
    ("sixty-first", "good"): 32,
    ("sixty-first", "neg_good"): 30,
    ("sixty-first", "wrong"): 28,
    ("sixty-first", "neg_wrong"): 18,  # 17 until engine 1.126.0
    # Held out: 1.25.0 33, 31, 28, 21; 1.50.0 and 1.51.0 as now.
    ("sixty-second", "good"): 33,
    ("sixty-second", "neg_good"): 33,
    ("sixty-second", "wrong"): 32,
    ("sixty-second", "neg_wrong"): 30,  # 29 until engine 1.128.0
    # Held out: 1.25.0 and 1.33.0 31, 32, 27, 21; 1.50.0 and 1.51.0 31, 32, 27, 22; then one good answer's
    # refusal in a fragment ("She never gets admin.") added to the playbook.
    ("sixty-third", "good"): 32,
    ("sixty-third", "neg_good"): 32,
    ("sixty-third", "wrong"): 31,  # 30 until engine 1.128.0
    ("sixty-third", "neg_wrong"): 25,
    # Held out until engine 1.53.0: 1.25.0 and 1.33.0 32, 32, 26, 22; 1.50.0 to 1.52.0 32, 32, 27, 23;
    # 1.53.0 and the playbook of 4 December 33, 33, 29, 24.
    ("sixty-fourth", "good"): 33,
    ("sixty-fourth", "neg_good"): 33,
    ("sixty-fourth", "wrong"): 31,
    ("sixty-fourth", "neg_wrong"): 27,  # 26 until engine 1.125.0
    # Measured with engines 1.25.0, 1.51.0 and 1.52.0 (29, 29, 23, 22; 30, 31, 25, 28; the same), then tuned
    # on (engine 1.53.0).
    ("sixty-fifth", "good"): 33,
    ("sixty-fifth", "neg_good"): 32,
    ("sixty-fifth", "wrong"): 27,
    ("sixty-fifth", "neg_wrong"): 30,
    # Held out until engine 1.54.0: 1.25.0 32, 31, 28, 20; 1.51.0 to 1.54.0 as now.
    ("sixty-sixth", "good"): 33,
    ("sixty-sixth", "neg_good"): 32,
    ("sixty-sixth", "wrong"): 30,
    ("sixty-sixth", "neg_wrong"): 28,  # 27 until engine 1.125.0
    # Measured with engine 1.53.0 and a draft of 1.54.0: as now.
    ("sixty-seventh", "good"): 33,
    ("sixty-seventh", "neg_good"): 33,
    ("sixty-seventh", "wrong"): 27,
    ("sixty-seventh", "neg_wrong"): 25,
    # Held out until engine 1.55.0: 1.53.0 and 1.54.0 33, 32, 29, 25; then tuned on.
    ("sixty-eighth", "good"): 33,
    ("sixty-eighth", "neg_good"): 33,
    ("sixty-eighth", "wrong"): 31,
    ("sixty-eighth", "neg_wrong"): 29,  # 28 until engine 1.130.0
    # Held out until engine 1.56.0: 1.54.0 and 1.55.0 29, 31, 24, 24; then tuned on ("jane dot doe" met as
    # "jane.doe"; a rejecting answer that says it then loses its band, as its typed form would; 1.57.0:
    # numbers said in words).
    ("sixty-ninth", "good"): 32,
    ("sixty-ninth", "neg_good"): 33,
    ("sixty-ninth", "wrong"): 26,
    ("sixty-ninth", "neg_wrong"): 28,  # 26 until engine 1.125.0
    # Held out until engine 1.58.0: 1.55.0 to 1.57.0 33, 32, 32, 28; then tuned on (the admin-rights item
    # takes "no admin rights, not even ..." as the refusal: the playbook of 4 December).
    ("seventieth", "good"): 33,
    ("seventieth", "neg_good"): 33,
    ("seventieth", "wrong"): 33,
    ("seventieth", "neg_wrong"): 29,
    # Held out until engine 1.59.0: 1.57.0 and 1.58.0 31 or 32, 33, 26, 23; then tuned on (a condition
    # opened by "assuming", a request put as "Could Tier 2 please ...?").
    ("seventy-first", "good"): 33,
    ("seventy-first", "neg_good"): 33,
    ("seventy-first", "wrong"): 29,
    ("seventy-first", "neg_wrong"): 29,  # 28 until engine 1.125.0
    # Held out until engine 1.61.0: 1.58.0 to 1.60.0 33, 31, 28, 30; then tuned on (what is said of
    # "everything else", a problem called unacceptable, the wrong conclusions of six items as contradictions).
    ("seventy-second", "good"): 33,
    ("seventy-second", "neg_good"): 33,
    ("seventy-second", "wrong"): 32,
    ("seventy-second", "neg_wrong"): 33,
    # Held out until engine 1.63.0: 1.58.0 to 1.62.0 30, 32, 31, 19; then tuned on (bullets under an
    # "Options:" heading, a step told about, the wrong conclusions of five items as contradictions).
    ("seventy-third", "good"): 33,
    ("seventy-third", "neg_good"): 33,
    ("seventy-third", "wrong"): 31,
    ("seventy-third", "neg_wrong"): 29,  # 27 until engine 1.124.0, 28 until 1.128.0
    # Held out until engine 1.64.0: 1.58.0 and 1.61.0 26, 28, 29, 12 (1.62.0 and 1.63.0 31, 29, 29, 12); then
    # tuned on (a colleague's draft described or first step told is theirs, for credit too).
    ("seventy-fourth", "good"): 33,
    ("seventy-fourth", "neg_good"): 32,
    ("seventy-fourth", "wrong"): 32,
    ("seventy-fourth", "neg_wrong"): 24,  # 21 until engine 1.124.0, 23 until 1.125.0
    # Held out until engine 1.65.0: 1.58.0 and 1.64.0 33, 33, 32, 29; then tuned on (a comma of a phrasing's
    # own, "advise against", a judgement after a comment on the sentence, five items' wrong conclusions).
    ("seventy-fifth", "good"): 33,
    ("seventy-fifth", "neg_good"): 33,
    ("seventy-fifth", "wrong"): 33,
    ("seventy-fifth", "neg_wrong"): 33,
    # Held out until engine 1.66.0: 1.64.1 and 1.65.0 32, 32, 28, 26; then tuned on (an act put as a question
    # and answered no, what an order of steps rules out, the wrong conclusions of eleven items).
    ("seventy-sixth", "good"): 33,  # 32 until engine 1.134.0
    ("seventy-sixth", "neg_good"): 33,
    ("seventy-sixth", "wrong"): 33,
    ("seventy-sixth", "neg_wrong"): 33,
    # Held out until engine 1.67.0: 1.65.0 and 1.66.0 32, 32, 33, 27; then tuned on (the wrong conclusions of
    # eight items, as told from past experience).
    ("seventy-seventh", "good"): 32,
    ("seventy-seventh", "neg_good"): 33,
    ("seventy-seventh", "wrong"): 33,
    ("seventy-seventh", "neg_wrong"): 33,
    # Held out until engine 1.68.0: 1.66.0 and 1.67.0 33, 31, 30, 27; then tuned on (a check put as a short
    # question, breaches handed to someone else, the wrong conclusions of eleven items).
    ("seventy-eighth", "good"): 33,
    ("seventy-eighth", "neg_good"): 33,
    ("seventy-eighth", "wrong"): 33,
    ("seventy-eighth", "neg_wrong"): 33,
    # Held out until engine 1.70.0: 1.67.0 to 1.69.0 33, 32, 33, 29; then tuned on (breaches said aloud, the
    # wrong conclusions of six items).
    ("seventy-ninth", "good"): 33,
    ("seventy-ninth", "neg_good"): 33,
    ("seventy-ninth", "wrong"): 33,
    ("seventy-ninth", "neg_wrong"): 33,
    # Held out until engine 1.71.0: 1.70.0 30, 31, 32, 31; then tuned on (a bare "ignore" after a comma, two
    # items' phrasings: security told, the share's right server).
    ("eightieth", "good"): 31,
    ("eightieth", "neg_good"): 32,
    ("eightieth", "wrong"): 32,
    ("eightieth", "neg_wrong"): 33,
    # Held out until engine 1.72.0: 1.70.0 and 1.71.0 32, 33, 33, 31; then tuned on (a plan B's "start" no
    # first step, two writing items' wrong conclusions).
    ("eighty-first", "good"): 33,
    ("eighty-first", "neg_good"): 33,
    ("eighty-first", "wrong"): 33,
    ("eighty-first", "neg_wrong"): 33,
    # Held out until engine 1.73.0: 1.71.0 and 1.72.0 32, 33, 31, 30; then tuned on (three items' wrong
    # conclusions in these writers' words).
    ("eighty-second", "good"): 32,
    ("eighty-second", "neg_good"): 33,
    ("eighty-second", "wrong"): 32,
    ("eighty-second", "neg_wrong"): 32,
    # Held out until engine 1.74.0: 1.72.0 and 1.73.0 32, 33, 32, 29; then tuned on (five items' wrong
    # conclusions in these writers' words).
    ("eighty-third", "good"): 32,
    ("eighty-third", "neg_good"): 33,
    ("eighty-third", "wrong"): 33,
    ("eighty-third", "neg_wrong"): 33,
    # Held out until engine 1.75.0: 1.73.0 32, 30, 30, 22 (1.74.0 23 rejecting); then tuned on (seven items'
    # wrong conclusions in plain words).
    ("eighty-fourth", "good"): 33,
    ("eighty-fourth", "neg_good"): 31,
    ("eighty-fourth", "wrong"): 32,
    ("eighty-fourth", "neg_wrong"): 30,
    # Held out until engine 1.76.0: 1.74.0 and 1.75.0 32, 32, 30, 24; then tuned on (two items' wrong
    # conclusions).
    ("eighty-fifth", "good"): 32,
    ("eighty-fifth", "neg_good"): 32,
    ("eighty-fifth", "wrong"): 30,
    ("eighty-fifth", "neg_wrong"): 26,
    # Held out until engine 1.77.0: 1.75.0 and 1.76.0 31, 33, 33, 28; then tuned on ("Not needed" answers a
    # proposal as "no" does, four items' wrong conclusions).
    ("eighty-sixth", "good"): 32,
    ("eighty-sixth", "neg_good"): 33,
    ("eighty-sixth", "wrong"): 33,
    ("eighty-sixth", "neg_wrong"): 32,
    # Held out until engine 1.78.0: 1.76.0 and 1.77.0 33, 33, 33, 26; then tuned on (seven items' wrong
    # conclusions in these writers' words).
    ("eighty-seventh", "good"): 33,
    ("eighty-seventh", "neg_good"): 33,
    ("eighty-seventh", "wrong"): 33,
    ("eighty-seventh", "neg_wrong"): 33,
    # Held out until engine 1.79.0: 1.77.0 and 1.78.0 33, 32, 30, 32; then tuned on (five items' wrong
    # conclusions, "isn't consistent" of two dates).
    ("eighty-eighth", "good"): 33,
    ("eighty-eighth", "neg_good"): 33,
    ("eighty-eighth", "wrong"): 33,
    ("eighty-eighth", "neg_wrong"): 33,
    # Held out until engine 1.80.0: 1.78.0 and 1.79.0 32, 33, 32, 26; then tuned on (nine items' wrong
    # conclusions reasoned in these writers' words).
    ("eighty-ninth", "good"): 32,
    ("eighty-ninth", "neg_good"): 33,
    ("eighty-ninth", "wrong"): 33,
    ("eighty-ninth", "neg_wrong"): 33,
    # Held out until engine 1.81.0: 1.79.0 and 1.80.0 33, 29, 33, 27; then tuned on (an item that says "don't"
    # under a "Don't" heading negated once, a command's switch, six items' wrong conclusions).
    ("ninetieth", "good"): 33,
    ("ninetieth", "neg_good"): 33,
    ("ninetieth", "wrong"): 33,
    ("ninetieth", "neg_wrong"): 33,
    # Held out until engine 1.82.0: 1.80.0 and 1.81.0 33, 33, 31, 27; then tuned on (eight items' wrong
    # conclusions said cheerfully).
    ("ninety-first", "good"): 33,
    ("ninety-first", "neg_good"): 33,
    ("ninety-first", "wrong"): 32,
    ("ninety-first", "neg_wrong"): 33,
    # Held out until engine 1.83.0: 1.81.0 and 1.82.0 33, 33, 32, 26; then tuned on (nine items' wrong
    # conclusions in these writers' words).
    ("ninety-second", "good"): 33,
    ("ninety-second", "neg_good"): 33,
    ("ninety-second", "wrong"): 33,
    ("ninety-second", "neg_wrong"): 33,
    # Held out until engine 1.84.0: 1.82.0 and 1.83.0 32, 33, 29, 23; then tuned on (twelve items' wrong
    # conclusions argued by comparison).
    ("ninety-third", "good"): 32,
    ("ninety-third", "neg_good"): 33,
    ("ninety-third", "wrong"): 33,
    ("ninety-third", "neg_wrong"): 33,
    # Held out until engine 1.85.0: 1.83.0 32, 33, 29, 29 (1.84.0 30 wrong and 30 rejecting); then tuned on
    # (seven items' wrong conclusions said bluntly, "tell him not to").
    ("ninety-fourth", "good"): 33,
    ("ninety-fourth", "neg_good"): 33,
    ("ninety-fourth", "wrong"): 33,
    ("ninety-fourth", "neg_wrong"): 33,
    # Held out until engine 1.86.0: 1.84.0 and 1.85.0 33, 32, 31, 31; then tuned on (a check that a thing
    # is not muted, wrong conclusions of five items).
    ("ninety-fifth", "good"): 33,
    ("ninety-fifth", "neg_good"): 33,
    ("ninety-fifth", "wrong"): 33,
    ("ninety-fifth", "neg_wrong"): 33,
    # Held out until engine 1.87.0: 1.85.0 and 1.86.0 32, 32, 31, 31; then tuned on ("at face value" ends a
    # doubt's negation; "with a dot"; four items' wrong conclusions told as done).
    ("ninety-sixth", "good"): 33,
    ("ninety-sixth", "neg_good"): 33,
    ("ninety-sixth", "wrong"): 33,
    ("ninety-sixth", "neg_wrong"): 33,
    # Held out until engine 1.88.0: 1.86.0 and 1.87.0 33, 33, 31, 30; then tuned on (five items' wrong
    # conclusions taught to a trainee).
    ("ninety-seventh", "good"): 33,
    ("ninety-seventh", "neg_good"): 33,
    ("ninety-seventh", "wrong"): 33,
    ("ninety-seventh", "neg_wrong"): 33,
    ("ninety-eighth", "good"): 32,
    ("ninety-eighth", "neg_good"): 32,
    ("ninety-eighth", "wrong"): 33,
    ("ninety-eighth", "neg_wrong"): 33,
    ("ninety-ninth", "good"): 33,
    ("ninety-ninth", "neg_good"): 33,
    ("ninety-ninth", "wrong"): 33,
    ("ninety-ninth", "neg_wrong"): 33,
    ("hundredth", "good"): 33,
    ("hundredth", "neg_good"): 33,
    ("hundredth", "wrong"): 33,
    ("hundredth", "neg_wrong"): 33,
    ("hundred-and-first", "good"): 33,
    ("hundred-and-first", "neg_good"): 33,
    ("hundred-and-first", "wrong"): 33,
    ("hundred-and-first", "neg_wrong"): 33,
    ("hundred-and-second", "good"): 33,
    ("hundred-and-second", "neg_good"): 33,
    ("hundred-and-second", "wrong"): 33,
    ("hundred-and-second", "neg_wrong"): 33,
    ("hundred-and-third", "good"): 33,
    ("hundred-and-third", "neg_good"): 33,
    ("hundred-and-third", "wrong"): 33,
    ("hundred-and-third", "neg_wrong"): 33,
    ("hundred-and-fourth", "good"): 32,
    ("hundred-and-fourth", "neg_good"): 31,
    ("hundred-and-fourth", "wrong"): 33,
    ("hundred-and-fourth", "neg_wrong"): 33,
    ("hundred-and-fifth", "good"): 33,
    ("hundred-and-fifth", "neg_good"): 33,
    ("hundred-and-fifth", "wrong"): 32,
    ("hundred-and-fifth", "neg_wrong"): 32,
    ("hundred-and-sixth", "good"): 33,
    ("hundred-and-sixth", "neg_good"): 33,
    ("hundred-and-sixth", "wrong"): 33,
    ("hundred-and-sixth", "neg_wrong"): 33,
    ("hundred-and-seventh", "good"): 33,
    ("hundred-and-seventh", "neg_good"): 33,
    ("hundred-and-seventh", "wrong"): 31,
    ("hundred-and-seventh", "neg_wrong"): 31,
    ("hundred-and-eighth", "good"): 33,
    ("hundred-and-eighth", "neg_good"): 33,
    ("hundred-and-eighth", "wrong"): 29,
    ("hundred-and-eighth", "neg_wrong"): 31,
    ("hundred-and-ninth", "good"): 33,
    ("hundred-and-ninth", "neg_good"): 33,
    ("hundred-and-ninth", "wrong"): 33,
    ("hundred-and-ninth", "neg_wrong"): 28,
    ("hundred-and-tenth", "good"): 32,
    ("hundred-and-tenth", "neg_good"): 33,
    ("hundred-and-tenth", "wrong"): 31,
    ("hundred-and-tenth", "neg_wrong"): 29,
    ("hundred-and-eleventh", "good"): 33,
    ("hundred-and-eleventh", "neg_good"): 33,
    ("hundred-and-eleventh", "wrong"): 33,
    ("hundred-and-eleventh", "neg_wrong"): 30,
    ("hundred-and-twelfth", "good"): 32,
    ("hundred-and-twelfth", "neg_good"): 32,
    ("hundred-and-twelfth", "wrong"): 33,
    ("hundred-and-twelfth", "neg_wrong"): 31,
    ("hundred-and-thirteenth", "good"): 33,
    ("hundred-and-thirteenth", "neg_good"): 33,
    ("hundred-and-thirteenth", "wrong"): 32,
    ("hundred-and-thirteenth", "neg_wrong"): 26,
    ("hundred-and-fourteenth", "good"): 32,
    ("hundred-and-fourteenth", "neg_good"): 30,
    ("hundred-and-fourteenth", "wrong"): 33,
    ("hundred-and-fourteenth", "neg_wrong"): 32,
    ("hundred-and-fifteenth", "good"): 32,
    ("hundred-and-fifteenth", "neg_good"): 33,  # 32 until engine 1.135.0
    ("hundred-and-fifteenth", "wrong"): 33,
    ("hundred-and-fifteenth", "neg_wrong"): 31,
    ("hundred-and-sixteenth", "good"): 32,
    ("hundred-and-sixteenth", "neg_good"): 31,
    ("hundred-and-sixteenth", "wrong"): 32,  # 31 until engine 1.130.0
    ("hundred-and-sixteenth", "neg_wrong"): 31,
    ("hundred-and-seventeenth", "good"): 33,
    ("hundred-and-seventeenth", "neg_good"): 33,  # 32 until engine 1.108.0
    ("hundred-and-seventeenth", "wrong"): 32,  # 31 until engine 1.108.0
    ("hundred-and-seventeenth", "neg_wrong"): 27,  # 26 until engine 1.108.0
    ("hundred-and-eighteenth", "good"): 33,  # 32 until engine 1.109.0
    ("hundred-and-eighteenth", "neg_good"): 33,  # 30 until engine 1.109.0
    ("hundred-and-eighteenth", "wrong"): 29,  # 28 until engine 1.124.0
    ("hundred-and-eighteenth", "neg_wrong"): 21,  # 20 until engine 1.109.0
    ("hundred-and-nineteenth", "good"): 32,  # 31 until engine 1.110.0
    ("hundred-and-nineteenth", "neg_good"): 32,  # 29 until engine 1.110.0, 31 until 1.134.0
    ("hundred-and-nineteenth", "wrong"): 30,
    ("hundred-and-nineteenth", "neg_wrong"): 25,
    ("hundred-and-twentieth", "good"): 33,  # 30 until engine 1.111.0
    ("hundred-and-twentieth", "neg_good"): 33,
    ("hundred-and-twentieth", "wrong"): 29,  # 26 until engine 1.111.0
    ("hundred-and-twentieth", "neg_wrong"): 29,  # 22 until engine 1.111.0
    ("hundred-and-twenty-first", "good"): 33,  # 32 until engine 1.112.0
    ("hundred-and-twenty-first", "neg_good"): 33,  # 31 until engine 1.112.0
    ("hundred-and-twenty-first", "wrong"): 33,  # 32 until engine 1.125.0
    ("hundred-and-twenty-first", "neg_wrong"): 29,  # 28 until engine 1.122.0
    ("hundred-and-twenty-second", "good"): 32,
    ("hundred-and-twenty-second", "neg_good"): 31,
    ("hundred-and-twenty-second", "wrong"): 30,
    # 22 until engine 1.122.0, 23 until 1.124.0, 25 until 1.125.0
    ("hundred-and-twenty-second", "neg_wrong"): 27,
    ("hundred-and-twenty-third", "good"): 33,
    ("hundred-and-twenty-third", "neg_good"): 33,
    ("hundred-and-twenty-third", "wrong"): 30,
    ("hundred-and-twenty-third", "neg_wrong"): 25,
    ("hundred-and-twenty-fourth", "good"): 33,
    ("hundred-and-twenty-fourth", "neg_good"): 32,
    ("hundred-and-twenty-fourth", "wrong"): 30,  # 29 until engine 1.115.0
    ("hundred-and-twenty-fourth", "neg_wrong"): 28,  # 22 until engine 1.115.0
    ("hundred-and-twenty-fifth", "good"): 31,  # 30 until engine 1.116.0
    ("hundred-and-twenty-fifth", "neg_good"): 33,  # 31 until engine 1.116.0, 32 until 1.134.0
    ("hundred-and-twenty-fifth", "wrong"): 29,
    ("hundred-and-twenty-fifth", "neg_wrong"): 26,  # 14 until engine 1.116.0, 21 until 1.124.0
    ("hundred-and-twenty-sixth", "good"): 32,  # 31 until engine 1.117.0
    ("hundred-and-twenty-sixth", "neg_good"): 33,  # 32 until engine 1.117.0
    ("hundred-and-twenty-sixth", "wrong"): 32,  # 28 until engine 1.117.0, 30 until 1.124.0
    ("hundred-and-twenty-sixth", "neg_wrong"): 30,  # 24 until engine 1.117.0, 29 until 1.124.0
    ("hundred-and-twenty-seventh", "good"): 32,
    ("hundred-and-twenty-seventh", "neg_good"): 33,  # 31 until engine 1.118.0
    ("hundred-and-twenty-seventh", "wrong"): 30,  # 28 until engine 1.118.0
    ("hundred-and-twenty-seventh", "neg_wrong"): 26,  # 21 until engine 1.118.0, 25 until 1.127.0
    ("hundred-and-twenty-eighth", "good"): 32,  # 29 until engine 1.119.0
    ("hundred-and-twenty-eighth", "neg_good"): 32,  # 30 until engine 1.119.0
    ("hundred-and-twenty-eighth", "wrong"): 30,  # 29 until engine 1.119.0
    ("hundred-and-twenty-eighth", "neg_wrong"): 32,  # 25 until engine 1.119.0, 31 until 1.124.0
    ("hundred-and-twenty-ninth", "good"): 33,  # 32 until engine 1.120.0
    ("hundred-and-twenty-ninth", "neg_good"): 33,
    ("hundred-and-twenty-ninth", "wrong"): 29,
    ("hundred-and-twenty-ninth", "neg_wrong"): 30,  # 24 until engine 1.120.0, 29 until 1.124.0
    ("hundred-and-thirtieth", "good"): 33,  # 31 until engine 1.121.0
    ("hundred-and-thirtieth", "neg_good"): 33,  # 31 until engine 1.121.0, 32 until 1.134.0
    ("hundred-and-thirtieth", "wrong"): 31,
    ("hundred-and-thirtieth", "neg_wrong"): 22,  # 15 until engine 1.124.0, 20 until 1.126.0, 21 until 1.128.0
    ("hundred-and-thirty-first", "good"): 32,
    ("hundred-and-thirty-first", "neg_good"): 33,
    ("hundred-and-thirty-first", "wrong"): 33,  # 31 until engine 1.124.0, 32 until 1.128.0
    ("hundred-and-thirty-first", "neg_wrong"): 26,  # 21 until engine 1.122.0
    ("hundred-and-thirty-second", "good"): 32,
    ("hundred-and-thirty-second", "neg_good"): 33,
    ("hundred-and-thirty-second", "wrong"): 33,
    ("hundred-and-thirty-second", "neg_wrong"): 28,  # 20 until engine 1.123.0, 25 until 1.124.0
    ("hundred-and-thirty-third", "good"): 33,
    ("hundred-and-thirty-third", "neg_good"): 33,  # 32 until engine 1.124.0
    ("hundred-and-thirty-third", "wrong"): 33,  # 30 until engine 1.124.0
    ("hundred-and-thirty-third", "neg_wrong"): 33,  # 23 until engine 1.124.0
    ("hundred-and-thirty-fourth", "good"): 33,  # 30 until engine 1.125.0
    ("hundred-and-thirty-fourth", "neg_good"): 31,  # 24 until engine 1.125.0
    ("hundred-and-thirty-fourth", "wrong"): 33,  # 28 until engine 1.125.0
    ("hundred-and-thirty-fourth", "neg_wrong"): 33,  # 23 with engine 1.123.0, 25 with 1.124.0
    ("hundred-and-thirty-fifth", "good"): 33,
    ("hundred-and-thirty-fifth", "neg_good"): 33,  # 23 until engine 1.126.0
    ("hundred-and-thirty-fifth", "wrong"): 33,  # 31 until engine 1.126.0
    ("hundred-and-thirty-fifth", "neg_wrong"): 33,  # 25 until engine 1.126.0
    ("hundred-and-thirty-sixth", "good"): 33,
    ("hundred-and-thirty-sixth", "neg_good"): 33,  # 31 until engine 1.127.0
    ("hundred-and-thirty-sixth", "wrong"): 33,  # 30 until engine 1.127.0
    ("hundred-and-thirty-sixth", "neg_wrong"): 33,  # 22 until engine 1.127.0
    ("hundred-and-thirty-seventh", "good"): 33,
    ("hundred-and-thirty-seventh", "neg_good"): 33,
    ("hundred-and-thirty-seventh", "wrong"): 33,  # 31 until engine 1.128.0
    ("hundred-and-thirty-seventh", "neg_wrong"): 33,  # 21 until engine 1.128.0
    ("hundred-and-thirty-eighth", "good"): 33,  # 28 until engine 1.129.0
    ("hundred-and-thirty-eighth", "neg_good"): 33,  # 23 until engine 1.129.0
    ("hundred-and-thirty-eighth", "wrong"): 32,  # 28 until engine 1.129.0
    ("hundred-and-thirty-eighth", "neg_wrong"): 32,  # 26 until engine 1.129.0
    ("hundred-and-thirty-ninth", "good"): 33,
    ("hundred-and-thirty-ninth", "neg_good"): 33,
    ("hundred-and-thirty-ninth", "wrong"): 33,  # 31 until engine 1.130.0
    ("hundred-and-thirty-ninth", "neg_wrong"): 31,  # 26 until engine 1.130.0
    ("hundred-and-fortieth", "good"): 33,  # 31 until engine 1.131.0
    ("hundred-and-fortieth", "neg_good"): 32,  # 30 until engine 1.131.0, 31 until 1.132.0
    ("hundred-and-fortieth", "wrong"): 29,  # 28 until engine 1.131.0, 27 until 1.132.0
    ("hundred-and-fortieth", "neg_wrong"): 30,  # 20 until engine 1.131.0, 22 until 1.132.0
    ("hundred-and-forty-first", "good"): 33,
    ("hundred-and-forty-first", "neg_good"): 33,
    ("hundred-and-forty-first", "wrong"): 30,
    ("hundred-and-forty-first", "neg_wrong"): 30,  # 28 until engine 1.133.0
    ("hundred-and-forty-second", "good"): 33,
    ("hundred-and-forty-second", "neg_good"): 33,  # 32 until engine 1.134.0
    ("hundred-and-forty-second", "wrong"): 28,
    ("hundred-and-forty-second", "neg_wrong"): 26,
    ("hundred-and-forty-third", "good"): 33,
    ("hundred-and-forty-third", "neg_good"): 33,  # 32 until engine 1.135.0
    ("hundred-and-forty-third", "wrong"): 29,  # 25 until engine 1.135.0
    ("hundred-and-forty-third", "neg_wrong"): 30,
    ("hundred-and-forty-fourth", "good"): 33,
    ("hundred-and-forty-fourth", "neg_good"): 33,  # 32 until engine 1.136.0
    ("hundred-and-forty-fourth", "wrong"): 28,
    ("hundred-and-forty-fourth", "neg_wrong"): 26,  # 22 until engine 1.136.0
    ("hundred-and-forty-fifth", "good"): 32,  # 30 until engine 1.137.0
    ("hundred-and-forty-fifth", "neg_good"): 32,  # 25 until engine 1.137.0
    ("hundred-and-forty-fifth", "wrong"): 31,  # 30 until engine 1.137.0
    ("hundred-and-forty-fifth", "neg_wrong"): 27,  # 21 until engine 1.137.0
    ("hundred-and-forty-sixth", "good"): 33,  # 32 until engine 1.138.0
    ("hundred-and-forty-sixth", "neg_good"): 32,  # 30 until engine 1.138.0
    ("hundred-and-forty-sixth", "wrong"): 32,
    ("hundred-and-forty-sixth", "neg_wrong"): 26,  # 20 until engine 1.138.0
}


@pytest.mark.parametrize("name", WRONG_AND_NEGATED)
@pytest.mark.parametrize("slug", PLAYBOOK_SLUGS)
def test_the_good_answer_outscores_the_wrong_one_and_the_one_that_rejects_the_right_things(
    slug: str, name: str
) -> None:
    answers = _answers(slug, FOLDER / name)
    not_above = [
        (item, kind)
        for item, text in answers["good"].items()
        for kind in ("wrong", "neg_wrong")
        if (name, slug, item, kind) not in NOT_ABOVE
        and _scored(slug, item, text)[0] <= _scored(slug, item, answers[kind][item])[0]
    ]

    assert not_above == []


@pytest.mark.parametrize(("name", "slug", "item", "kind"), sorted(NOT_ABOVE))
def test_every_item_where_the_good_answer_is_not_above_is_still_so(
    name: str, slug: str, item: str, kind: str
) -> None:
    """An exception that no longer holds is taken off the list, so the item is checked again."""
    answers = _answers(slug, FOLDER / name)

    assert _scored(slug, item, answers["good"][item])[0] <= _scored(slug, item, answers[kind][item])[0]


@pytest.mark.parametrize(("name", "kind"), sorted(IN_BAND))
def test_answers_in_the_writers_band_no_fewer_than_recorded(name: str, kind: str) -> None:
    low, high = BANDS[kind]
    in_band = sum(
        1
        for slug in PLAYBOOK_SLUGS
        for item, text in _answers(slug, FOLDER / name)[kind].items()
        if low <= _scored(slug, item, text)[0] <= high
    )

    assert in_band >= IN_BAND[(name, kind)]


def _folded(quote: str) -> str:
    """A quote as it compares across the changes below: apostrophes, double quotes, case and spaces."""
    quote = re.sub(f"[{APOSTROPHES}]", "'", quote).replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(quote.lower().split())


def _outcome(slug: str, item: str, text: str) -> tuple[object, ...]:
    result = score_attempt(scoring_input(slug), {item: text})
    scored = result.items[item]
    criteria = [(c.id, c.met, _folded(c.evidence.quote) if c.evidence else None) for c in scored.criteria]
    flags = sorted(
        (hit.code, _folded(hit.evidence.quote) if hit.evidence else None) for hit in result.red_flags
    )
    return scored.score, criteria, flags


def _curly(text: str) -> str:
    return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text).replace("'", "\u2019")


CHANGES = {
    "upper": str.upper,
    "lower": str.lower,
    "swapcase": str.swapcase,
    "title": str.title,
    "curly quotes": _curly,
    "wider spaces": lambda text: text.replace(" ", "  \t "),
}


@pytest.mark.parametrize(
    "folder",
    ["first", *sorted(path.name for path in FOLDER.iterdir() if path.is_dir())],
)
def test_every_independent_answer_scores_the_same_in_any_case_spacing_or_quote_style(folder: str) -> None:
    """The engine's invariance on answers nobody wrote for it: each answer of the set, changed in case,
    whitespace or quote style, gets the same score, criteria, evidence and red flags. On every set, the
    held-out ones too: checking invariance tunes nothing."""
    path = FOLDER if folder == "first" else FOLDER / folder
    changed = []
    for slug in PLAYBOOK_SLUGS:
        for kind, answers in _answers(slug, path).items():
            if kind == "tricky_kind":
                continue
            for item, text in answers.items():
                outcome = _outcome(slug, item, text)
                changed += [
                    (slug, item, kind, name)
                    for name, change in CHANGES.items()
                    if _outcome(slug, item, change(text)) != outcome
                ]

    assert changed == []
