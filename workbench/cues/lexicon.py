"""The framing-cue lexicon: shipped TSV files plus per-project override rows.

Format and rules: ``resources/lexicons/README.md``. A project's rows replace
shipped entries with the same ``(match, family)``, add new ones, or switch
entries off with weight 0. Invalid rows are reported (``Lexicon.problems``)
and skipped; the rest loads.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.core.resources import resource_path

CUES_VERSION = "cues-179"  # 2: titles learned; 3: German texts; 4: factual consensus, reported speech, metonyms; 5: precision (roles, numbers, quotations); 6: seats of power, leaders by co-occurrence, row-level roles only; 7: collective labels, plurals, deputies; 8: English titles of several words; 9: possessive labels; 10: whole question headlines, how/why questions, inflected heads, one title per row, words added after a quotation, group labels ("Duo des Grauens"), denied appearances, the polarity supplement, dramatising event names, English institutional speech tags, nationalities and indefinite labels out of role contrasts, indirect renderings share half their content words, peacetime minimising words, adverbial polarity adjectives, subjunctive indirect speech, soll with a verb of state; 11: scalar focus on quantities, titles loaded by their adjective, coined titles, open-question "unklar", degree-only intensifiers, guillemet direction; 12: surnames the tagger read as nouns, exceptional titles of an actor across the comparison; 13: the medium a statement was given to ("told Reuters", "dem US-Sender CNN"); 14: one promise rendered by different verbs in a row ("in Aussicht stellen" / "zusichern" / "zusagen"); 15: quotations of few content words matched by their shape ("Zu oft hat er mein Vertrauen gebrochen" / "… missbraucht"); 16: "demnach" is sourcing (attribution), not a hedge; 17: a noun the tagger read as part of the name after it ("am Weltraumbahnhof Wostotschny") still names a kind of thing; 18: judgements in English reported speech are the speaker's; 19: "die beiden Genossen" name the pair, a quotation with words added after it is named by its own words; 20: "nahelegen", "hindeuten" are hedges; 21: two sourcing cues side by side are one attribution; 22: an outlet naming both days disputes neither; 23: English speech verbs need speech ("amid a dispute", "declared martial law" are none); 24: English titles learned from the lexicon ("President Yoon"), a title of someone of a person is not that person's, an office the topic person does not hold is not his; 25: "unklar" closing a clause after a copula names an open question, "Was …?" headlines explain; 26: English hyphenated names kept whole ("Lee Jae-myung"); 27: a bare plural label in the story names no one; 28: English source nouns need someone saying something nearby; 29: a count of others ("Besides the passengers, at least 24 …") is no rival number; 30: names of an attack (Anschlag, Terroranschlag, Amokfahrt, Unfall, Vorfall; English attack, rampage, terror attack, accident); 32: one hyphenated word is a place, a title of a place with a person in apposition names the person, "of his own party", dictatorship a collective, compound parts after three letters; 33: a role noun's place is no disputed detail; 34: English office titles (minister, speaker, chairman, governor, mayor, senator), a person in apposition before a title, a country's unnamed minister; 35: an earlier attack named in passing; 36: tolls (dead, injured, missing, on board) compared over the whole comparison, the rarer plain names of one attack highlighted, "Nach Informationen der X" and eyewitnesses as sources, "nicht ausschließen" and "davon ausgehen", years since the last time ("the first time in 44 years"), crowd sizes with vague figures, how long the talks lasted, political leanings ("der konservative Hüne", "the rightwing president"), a named medium as subject ("the New York Times reported"), statement channels ("in a statement", "in a post"), toben/zürnen/giften, quotations sharing only names unpaired (untagged text), general evaluative adjectives (disastrous, scathing, stunning, heftig, turbulent …), vote counts, counted numbers not compared again by row, a disputed figure flagged in each sentence, namings of a withdrawal ("quits", "steps aside" beside "dropped out"), "voted to reject" is no speech, a hyphenated title before a name ("Vice-President Kamala Harris") is no part of it, "es soll … Todesopfer geben" is hearsay, verb-final "als … gilt", "scharf" of criticism, German statement channels ("in einer Mitteilung"), "posted on", "wie X bestätigte/schildern/meldete/schreibt/bekannt gab", "hieß es", "nach bisherigen Erkenntnissen", "noch nicht bestätigt", English spokespeople; 37: the manner of speaking ("sagte Trump aufgebracht", "said angrily"), an adverb before an English speech verb is no part of its subject; 38: a name one outlet spells differently ("Rainer Haseloff" beside "Reiner"); 39: English hyphenated entries written with a space (right wing, far right, ill fated: they never matched), surprise words (unexpectedly, sudden, surprise move, überraschend, plötzlich); 40: the rarer names of a quarrel ("Auseinandersetzung" beside "Streit"), a naming-only paraphrase concept; 41: neighbouring evaluations or hedges of one phrase are one highlight ("äußerst provokative"); 42: "die beiden Männer" names the pair, images as sources ("Auf offiziellen Fotos war zu sehen", "Im Internet kursieren Videos", "One video posted to X indicated"); 43: "is expected to", "believed to be" are hedges, a reporting verb inside a hedge is shown through it; 44: names of disorder (turmoil, uproar, disarray, Aufruhr, Tumult) and judging adjectives (outraged, embattled, hapless); 45: idioms of heated speech ("platzt Trump der Kragen", "redet sich in Rage", "fiel ihm ins Wort", "tore into", "lost his temper"); 46: namings of a reversal ("backed down", "reversal", "retreat", "gave in" where most say "lifted martial law"); 47: namings of a coalition's end ("zerbricht", "Koalitionsbruch", "Scheitern" where most say "am Ende"), marked event names only of a concept at least half the reports name; 48: German media as sources ("berichten mehrere Medien", "meldete die Bild-Zeitung"), quotation marks no clause boundary for the speech-verb conditions; 49: verbs that judge an act as humiliating (demütigen, verhöhnen, brüskieren; humiliate, mock, snub); 50: a name with an institution's word is no person's ("Civil Aviation", "News-18 TV") and speaks as a source; 51: English speech tags after a comma with a quantified source ("…, reported multiple media outlets"); 52: platforms as the channel of a statement ("wrote on social media", "schreibt Neumann auf X"), a word glued to its full stop matches without it; 53: "would have been" and markers of provisional knowledge ("as of press time", "bei Redaktionsschluss") are hedges; 54: "Wie die KP vorhergesagt hatte", "Wie aus einer Veröffentlichung des Deutschen Bundestags hervorgeht" (a longer slot); 55: factive reporting verbs (bestätigen, feststellen, hinweisen; confirm, point out, reveal) are a class of their own and shown, unless negated or awaited; 56: judging adjectives of failure and manner (peinlich, missglückt, wirr, würdelos, hochnäsig; botched, rambling, undignified); 57: labels not credited to the agents of a participle ("eine von SPD und Grünen getragene Regierung"), to the holder of a title a deputy has ("his vice president"), nor for an office sought ("nominee for president"); 58: in English, a person only one report names is its informant ("Dr Parikh said"); 59: contradictory information as a hedge ("widersprüchliche Angaben", "conflicting reports"); 60: kritisieren/criticise present a statement as blame (emotive, as loben/praise); 61: plural "Zeugen"/"Augenzeugen" as sources (the lemma table reads them as "Zeug"); 62: an outcome presented as expected or intended ("wie erwartet", "erwartungsgemäß", "wie beabsichtigt", "as expected", "predictably") and "was kaum jemand erwartet hatte" are evaluations, and the verb inside them no speech; "had been widely expected" (no one named) is a hedge; 63: lengths of the talks as hours and minutes ("2 Stunden und 45 Minuten"), as adjectives ("etwa dreistündigen Treffen", "two-hour talks"), after "nach" with the meeting named after the unit or in the sentence before, the press appearance's length apart, planned lengths none; a hyphenated label the tagger reads as a name ("Russen-Machthaber") and closed compounds of a pejorative label ("Kremldespot") label the person, "die Präsidenten Russlands und der USA" both, "offensichtliche Zugeständnisse" no hedge; 64: quotations of two different people are no renderings of one statement (cues/quote_speakers.py: Putin's "Abkommen" is no variant of Trump's "Deal"); 65: "ungewöhnlich", "unusual" as kin of the surprise words, "vollkommen" and "absolut" as degree words before an adjective; 66: schmeicheln/flatter, the manner "vage" and "anerkennend" ("redete vage", "äußerte sich anerkennend"), "reden" a verb of speech, word lists with "ß" also in the "ss" the lemmas write ("äussern", "dreissig", "ausser", "massnahme", "hinschmeissen"); 67: the rarer names of the press appearance after talks ("Pressebegegnung", "Presseauftritt" where most say "Pressekonferenz"), a naming-only paraphrase concept; 68: "nach Kremlangaben" (a source inside the compound) is "nach * Angaben", a source slot after "laut" ends at its noun unless a genitive follows ("laut offiziellen Angaben", not "… die Zukunft"); 69: the day the meeting took place compared over the comparison where most reports name a meeting (cues/event_days.py: "am Dienstag" against "Freitagvormittag"); 70: German sourcing and titles of a state visit: "nach Worten von", "nach * Berichten" (also "nach Agenturberichten"), "es gibt Vorwürfe/Berichte", "Ihrer/Seiner Meinung nach", "erinnerte daran" (factive), "signalisieren" (metaphor), "Parteichef" ("Staats- und Parteichef"), "Pekings starker Mann", "Schmeicheleien"; 71: a short family name written first and standing alone ("Xi", "Xi Jinping" with "Jinping" read as a noun) still takes its given name, "zwischen den Autokraten" names two; 72: a hyphenated first name spelt differently is a factual variant ("Franz-Walter" beside "Frank-Walter"); 73: the rarer name of the meeting in untagged English ("a summit" where most say "meeting"; a noun after a determiner or possessive), "party boss"/"Parteiboss"; 74: English "appear"/"seem" hedge only before "to", "that", "as", "likely" …, "could" after a superlative is ability, titles are no evidence of a common statement in untagged English ("leader to leader" / "He's a dictator"), clitics no content words; 75: the temperature of a relationship (strained, frosty, icy, thaw; angespannt, frostig, eisig, Tauwetter); 76: a person's demeanour as the outlet describes it, a class of its own (lächelnd, grinsend, sichtlich, wie versteinert, unter Tränen, mit * Miene, verlegen; smiling, visibly, grim-faced, in tears), idioms that judge an outcome or a delay (mit leeren Händen, auf Zeit spielen, auf die lange Bank, hoch pokern; empty-handed, play for time, kick the can down the road) and an event presented by the stir it caused (sorgte für Aufsehen/Entsetzen; caused a stir); 77: English lengths of talks with "for", "spend" and "hours of talks" ("met for about four hours", "spent more than four hours in a meeting", "after roughly four hours of talks"), German "sprachen fünf Stunden lang miteinander"; 78: English media as sources by a verb of the press ("Reuters reported", "The New York Post is reporting", "The Washington Post quoted … as saying"), an informant named after a title ("state health secretary Dhananjay Dwivedi said", "US Deputy Secretary of State Kurt Campbell said"); 79: two quotations of one statement differ where the speaker speaks for someone else ("Ich bin sehr stolz" / "Wir sind sehr stolz") or doubles a word for emphasis ("sehr, sehr schnell" / "sehr schnell"); the speaker of a quotation is the name after "laut", "nach Worten", "according to", and the second of two names after one preposition ("zwischen Trump und Kim") is no speaker; 80: how long the handshake lasted, in seconds ("Der Handschlag dauerte 13 Sekunden"), lengths as fractions of an hour ("eine knappe Dreiviertelstunde", "eine halbe Stunde"), German talks with a length and no preposition ("unterhielten sich 48 Minuten unter vier Augen"); 81: smiles and moods as demeanour (grinsen, lächeln, zurückgrinsen, in Bestlaune, in * Laune; smile, grin, in high spirits), the history books ("Szenen für die Geschichtsbücher", "geht in die Geschichte ein", "go down in history"), zelebrieren, inszenieren as a verb; 82: a verb of expecting after "als"/"than" is a comparison, no reporting verb ("besser verlaufen als erwartet"); 83: "geloben" (emphatic), "feiert sich" (self-congratulation); 84: an event named as a show or a marathon (Gipfel-Show, Spektakel, Schauspiel, Handshake-Marathon, Charmeoffensive; photo op, charm offensive); 85: a person named by age is an actor label of its own class (cues/ages.py: "der 69-Jährige", "dem 69-jährigen Sauerländer", "Trump (78)", "the 81-year-old president", "Biden, 81,"); it replaces the plain title inside it and is no loaded label for the contrast of titles; 86: "wirkte entspannt/ernst/nervös …" (how a person looked) is demeanour; 87: general judging words of quarrels, mistakes and dismissals (Sticheleien, "fliegen die Fetzen", "in eine Falle tappen", versehentlich, sarkastisch, "in den falschen Hals bekommen", lockerlassen, unabsehbar, gefälligst, Rausschmiss, Schuldzuweisungen, Absurdität, "mit Verve", Blabla, paradox, dämonisieren); 88: English chaos, madness, "plunges … into chaos/crisis", "devolved into", "uncharted territory", masterclass, hastily, "caused … alarm", and the demeanour of "burst into tears", "erupted in applause/cheers"; 89: the rarer names of talks ending without a result (act_names "failure": "collapse", "breakdown", "stalemate", "deadlock", "disintegration", "aborted" beside "cut short"; "Abbruch", "scheiterte", "Sackgasse"); 90: English reasoned, blamed, clarify, argue, pan, "cast … as"; German argumentieren, verreißen, "verantwortlich machen"; 91: a run of names is split before a genitive of a name that stands alone elsewhere ("Kim Jong-un Trumps Einladung"); British single quotation marks are quotations (nlp.quotes); 92: lengths of talks as "einstündig"/"one-hour", as a span of the clock ("von 14 Uhr bis 17 Uhr"), and "doppelt so lange wie geplant" is no planned length; 93: "wirkten verhalten/kühl/distanziert/herzlich …", "kein Lächeln" (demeanour), "machte … deutlich" (emphatic), "ließ … erkennen" (a hint); 94: an English participle after "highly", "much", "widely" … is no verb of speech ("the highly touted meeting"); 95: "mit (großer) Spannung erwartet", "much-anticipated", "eagerly awaited" build up an event; 96: an English title of several words is one label ("Secretary of State", not "State"); 97: a label with a judging adjective right before it is one loaded label (cues/judged_labels.py: "der autoritäre Staatschef", "the young despotic leader", "das brutale Regime"); 98: soldiers counted where they are stationed or whither they are sent ("28,500 troops stationed", "10.000 Soldaten nach Russland geschickt"); 99: a slip of one letter in a long name that three outlets or more write the other way ("in Pjönjang" beside "Pjöngjang"), two swapped letters one slip ("Waldimir"); 100: idioms of deeds, delight and rank ("ihren Worten Taten folgen lassen", "überschlägt sich vor Begeisterung", "Juniorpartner", "Schönheitsfehler", "beglücken", "Rhetorik"; "junior partner", "rhetoric"); 101: a hedging modal in a sentence of indirect speech is the speaker's ("Es sei eine Grundlage geschaffen worden, auf der … könnten"); 102: a possessive place before a label names its leader where "in" after it tells where he is ("Russlands Staatschef in Vietnam"), a lower-case word the tagger reads as a name is none ("Nordkoreas eint"); 103: two apostrophes a wire feed prints for a double mark are a quotation (nlp.quotes: "''fiery friendship,''"); 104: a judging adjective before the name of one of a report's main persons is a loaded label ("the despotic Kim Jong Un"), English hedges of appearance ("possible", "apparent", "is seen as", "is viewed as"); 105: words of praise, doubt and views left open (Lobeshymne, überschatten, bezweifeln, "selbst erklärt", "wird als … gesehen"), Staatslenker, Riesenreich; 106: a name word the tagger reads as a foreign word is a name word for misspellings ("Xi Jingping"); 107: a hedging modal before a postposed speech tag is the speaker's, two quotations are renderings of one statement only if words inside the marks match („offenen und fruchtbaren“ Dialog / „Wir sind immer für Frieden und Dialog“), a name that is part of the other's hyphenated form names one place ("Moskau-Wnukowo" / "Wnukowo"); 108: a run of names is split before a place that stands alone elsewhere ("verlässt Xi Jinping Moskau": Xi, not "Xi Jinping Moskau"), a common name does not join a compound written once ("Moskau" / "Moskau-Wnukowo"); 109: a label after an indefinite article names someone other than the report's topic person ("to coax an erratic and reclusive dictator"), names ending in a place or event word are no persons ("Filoli Estate", "Hanoi Press Conference", "Pyongyang International Airport"); 110: a seat of power resolves to the country of a nationality adjective before a city that has an adjective ("Kreml": Russland, not "Moskau" of "Moskauer"); 111: names of powers and of Taiwan (Großmacht, Supermacht, Weltmacht, Inselstaat, "abtrünnige Provinz/Gebiet"), Krisengipfel, Tiefpunkt, aufgeheizt, versöhnlich, bemerkenswert; a place noun before a name is no title ("der Ferienort Nusa Dua"); 112: a toll told by a verb before its number ("killing at least 38 people", "tötete mindestens 36 Zivilisten"), English words of bombardment, outrage, grief and warmth (flurry, barrage, "caused outrage", dazed, sobbing, bonhomie, rapt, "scaled new heights"); 113: a label of a territory ("abtrünniges Gebiet", "Inselstaat", "province") names no person; 114: between an indirect rendering and a quotation, a word the other side has is moved, not changed (the highlight keeps the changed words only); 115: a hedging modal before a quotation whose speech tag follows its closing mark is the speaker's, however long the tag ("… könnten als „Grundlage … dienen“, sagte Putin nach den Verhandlungen mit Xi"); 116: idioms of confusion, failure and lecturing ("stiftet Verwirrung", "für Verwirrung sorgen", "unverrichteter Dinge", abringen, überschwemmen, "Spirale der Gewalt", unterweisen), "im Onlinedienst" as a channel; 117: English words of pomp, swagger and downtoning (pageantry, pomp, opulent, grandeur, grandiose, swagger, chilling, "show of support", "charged that", barely, hardly); 118: a hedging modal in English too (class modal): after a verb of saying in its clause ("Mr Putin said the plan could …", not "…, but the talks could fail"), before ", X has said", and after a speaker's colon in a headline ("Putin: China peace plan could …") it is the speaker's; 119: a title the texts give one person names him where "in" after it tells where he is ("der zweite Besuch des Kanzlers in Peking": Scholz, not Peking's leader), unless a possessive place names whose it is; 120: a length of the talks told as a little less or more ("knapp drei Stunden" / "gut drei Stunden") or as some hours ("mehrere Stunden", "multihour") is told differently from the plain number, lengths of one number support each other (no majority among them), "ein mehr als 50 Minuten dauerndes Gespräch", "two hours of closed-door talks", "a two-hour one-on-one meeting", "mehrere Stunden lang unterhalten"; "müsste" is a hedge only with a verb of state or of sufficing or a perfect infinitive; 121: general evaluative words (English remarkable, extraordinary, searing, blistering, swift, fierce, bitter, congenial, fruitful, unbridled, dispiriting, lavish, awkward, grim, bleak, setback, backlash, outrage, triumph, farce …; German verstörend, brisant, symbolträchtig, überschwänglich, Rückschlag, Empörung, erbittert …); 122: a rare run of name words whose head or tail is a name written alone elsewhere is split there (cues/name_runs.py: "die Band Exo Donald Trump"), nouns of a country ("in dem Land Trump …") and the heads of a source phrase ("nach chinesischen Angaben Xi Jinping", "US-Angaben") are no titles, "Inselstaat" is an ideological label; 123: "nahelegen", "hindeuten" with a person or a personal pronoun beside the verb are an insinuation, no hedge ("legte Putin nahe, Orban spreche für …"); 124: an honorific is no part of a name ("Mr Putin" is Putin, cues/name_runs.py), a plural label after "Western", "world", "other", "westliche", "andere" … names others ("a message to Western leaders"); 125: a place noun of a building ("der prächtigen Villa La Grange", "palace") is no title; "possible", "möglich" after "as", "if", "wie", "falls" … are no hedges ("as soon as possible"); 126: German words of a frozen relationship, of staging and of praise (Eiszeit, stockend, durchchoreografiert, ungelenk, überstrahlen, einverleiben, umjubelt, "unter Druck", "voll des Lobes", würdigen), "Alphatier", "Inselrepublik", "Regierungsbeamter" as an unnamed source; 127: English "quip", "retort", "weigh in", "come clean" and German "bemerken", "anmerken" as verbs of speech; 128: German words of pomp, deadlock, praise and sidelining ("mit allen Ehren", Pomp, Prunk, prunkvoll, festgefahren, lobend, Kompliment, Randfigur, Monolog, narzisstisch, harmonisch); 129: heated talks and trade wars (English heated, fiery, testy, blowup, confrontation, trade war, high-stakes, pivotal, crumble, sour, yell, scowl; German Kuschelkurs, schwammig, hinausposaunen, torpedieren, euphorisch, Handelskrieg, Wirtschaftskrieg, Zollkrieg, Durchbruch, Rauswurf, schicksalhaft, "nach eigenen Worten", "nach den Worten von"); a plain title shown in contrast is highlighted at its first use in each text; 130: a word is no nationality adjective of itself (untagged English: "Jinping" written alone once split every "Xi Jinping"), a capitalised word opening a sentence is a name word when the text capitalises it inside a sentence too ("Xi Jinping Joe Biden" on a line of its own), a run ending in "North Korean" is a name and an adjective ("Taiwan North Korean nuclear tests"); 131-132: words of staging, sobering and division (German ernüchtert, Novum, "ins Gewissen reden", Schützenhilfe, heikel, gespalten, fluten, Choreografie, Ausrutscher, Rockstar, Handlungsreisender; English made-for-television, elusive, revolting, kowtow, impromptu, flamboyantly, savage, coddle, stand-off, tease, frantic, "into overdrive", stark, unease, volatile), English adverbs of likelihood ("likely", "probably") in a reported "that" clause are the speaker's; 133: a common name joins no compound written once ("China" and "SRF-China-Korrespondenten Box"), only a name of several words holding it as a word; 134: German words of emotion, welcome, enmity and age (ergriffen, "den Tränen nahe", aufrüttelnd, Heldenempfang, zerstritten, kriegsgeschunden, geschichtsträchtig, üppig, milliardenschwer, "unter dem Vorwand", schwelend, Konfrontationskurs, Nickligkeit, belauern, Erzfeind, Intimfeind, Novize, gestikulierend, verbitten, umschmeicheln, greis, siech, Revolutionstourist, Jubel); 135: a name written without its accent ("Rodriguez" beside "Rodríguez") is no other spelling; 136: German words of dislike, doubt and disorder (beäugen, "sich nicht riechen können", angestrengt, unbewiesen, Seitenhieb, Lüge, unstet, Tohuwabohu, Mär, Enfant terrible, ermutigend, Verschwörungstheorie, Gegenangriff, "die Zähne zeigen", Streitthema, "redet … ins Gewissen"); 137-138: a modal in the "dass" clause of a noun of a held view ("die Befürchtung schürt, dass … könnte") is that view's, an event named in a sentence of indirect speech (a subjunctive I, also in quotation marks: "Putin „riskiere“ die Pipeline im Falle einer Invasion") is named by the speaker, and so is one before a speech tag closing its sentence (", sagte … Jake Sullivan."); 139: a nationality adjective finds the leader learned under another name of its country ("amerikanisch": Amerika, the USA of "US-Präsident Joe Biden"), a title after a name is no misread surname ("Kubas Staatschef Raúl Castro"), a first name read once as a noun right before a name stays a name ("Wie Barack Obama"), no person's name opens with a point of the compass ("Nord Stream"); 140: name forms are compared without accents other than the umlaut ("Raúl Castro" = "Raul Castro"), and a title before a name in the genitive names someone of his ("der Pressechef Orbáns"); 141: a bare age ("der 81-Jährige") names the person the comparison gives that age ("Joe Biden (81)"), not the one named last; 142: untagged English: "Russia" is no adjective of a place "Russian", a title-case headline or a pair of names ("India-Russia") holds no name written alone, "North Korea" is one place and "the North Korean dictator" its leader's, a seat of power ("the Kremlin", "Kremlin chief") names its country's leader, never the topic person, a capitalised plural ("Presidents Donald Trump and Vladimir Putin") names both, names ending in an event or sea word ("FIFA World Cup", "Taiwan Strait") are no persons, and the one told ("Vance told Zelensky, “…”") is no speaker; 143: English quotations differing only in British and American spelling ("honour" / "honor", "denuclearisation" / "denuclearization") are one rendering; 144: a plain title is highlighted in contrast only with another outlet's loaded label for the person (one outlet's "Staatsmänner" and "Präsident" contrast with no one), "faschistisch" a judging adjective, such a title's card shows the other outlets' loaded labels beside it, and a name in brackets after a label is its bearer ("den Novizen (Trump)"); 145: a seat of power named as a place is no label ("talks in the Kremlin", "im Kreml", "the Grand Kremlin Palace", "Kremlin Spokesman …", "Kremlin sources"), where no text names its country it names the person titled by that country's adjective ("Russian President Vladimir Putin") and never the topic person, "the Kremlin official" is one of its staff, untagged English names whose words the texts write in lower case are no persons ("Joint Statement", "Great Hall") and lose a leading lower-case word ("Cabinet Secretary Yoshimasa Hayashi"), names ending in a room, hall, statement or treaty are none either, a spokesperson's word opens no name, and a staff title ("Kremlsprecher Dmitri Peskow") teaches no leader of the seat ("Kremlchef" is Putin, found by "der russische Präsident Wladimir Putin" where no text names Russia); 146: "Machthaber unter sich" names several, a country before a person's name of two words is no part of it ("der Ukraine Wolodymyr Selenskyj", "Finnlands Alexander Stubb"); 147: a title in the genitive after a spokesman ("der Pressesprecher des russischen Präsidenten Dmitri Peskow") is not the name's; 148: a person's title is credited to no one rather than to a place whose leader the texts never name ("the French president", "Panamas Staatschef Mulino"); 149: an office title after a person who holds no known title is the title's holder the text named last ("Paul Ryan … stating that the president": Trump); 150: a hedging modal in what a colon after a verb of saying or signalling opens is the speaker's ("signalisiert: Nach den frostigen Monaten könnte …"); 151: a person's name between commas right after a label is its bearer ("the country's dictator, Kim Jong Un, in the …"); 152: the head of a label of several words with "of" is the word before it ("the heads of state": plural, the pair), an English possessive makes a plural label someone's group; 153: a German genitive singular after adjectives is no plural ("des indischen Premierministers"), a plural title of one place's people names no leader unless it names a pair ("the country's Democratic governors"); 154: a weak noun in -en after "der" is a plural ("nach einem Treffen der Präsidenten": the pair), an abbreviation in brackets after a title's owner does not hide the name after it ("The President of the United States (US), Donald Trump"); 155: a country named by a judging description is a loaded label of that country; 156: lengths of the talks told in halves, decimals, one hour, with the noun after the unit, or with the verb after the number; 157: German verbs of speaking after a length, speaking with someone or two named speakers are the talks; 158: the length of the first part of the talks is none of the talks; 159: a titled official who is no protagonist is a named source in a German speech tag; 160: an English titled official who is no protagonist is a named source; an informant keeps the medium told; 161: German institutions and countries speak as sources before their verb or after an adverb opener; 162: a video call named differently is a marked name where most reports tell of a call; 163: a country description has its own explanation; 164: an office speaks through its spokesperson; a spokesperson several reports quote is a plain speech tag; 165: a call counts as the event's name only in a sentence naming its two protagonists; 166: a meeting of nearly one hour; 167: a crisis or conflict named by a place minimises where another report tells of the war; 168: kinship nouns are no titles; a report's marked event name is highlighted at its first use; 169: quotations sharing only a word of degree render no common statement; 170: the place of an insertion the other side has elsewhere is no difference; 171: sollte opening a clause is a condition; sources cited are no disputed detail; a shared verb of telling makes no happening of two days; unclear of what will happen is an open question; quotations differing in a capital letter are one rendering; 172: untagged English: a sentence sharing only names and titles with a quotation renders none of it; 173: a quotation of one word renders no long statement outside its row; 174: a closed compound of a place and a conflict or crisis plays the war down; 175: a plain label of the pair contrasts only with a loaded label of the pair; 176: a first name read as a noun is no title of its bearer; 177: historic of a place, a document or knowledge is no valuation; 178: a name no person's nor a source's before a headline colon is a topic; drohen reports a clause; 179: a question after a headline colon makes its prefix a topic; cold words of the weather; English speech nouns after a possessive; words written apart; verbs of indirect speech are the speaker's. Bump when detector logic changes the output for the same input

HEADER = ("match", "family", "class", "gloss", "pos", "weight")
HEADER_DE = HEADER + ("gloss_de",)  # the optional 7th column: the gloss in German

CLASSES: dict[str, tuple[str, ...]] = {
    "reporting_verb": ("neutral", "emphatic", "distancing", "concessive", "refuting", "metaphor", "directive",
                       "emotive", "speculative", "factive"),
    "actor_label": ("neutral", "loaded_negative", "loaded_positive", "colloquial", "ideological", "leaning", "age"),
    "event_label": ("neutral", "aggressor_naming", "euphemism_official", "minimising", "dramatising"),
    "evaluative": ("negative", "positive", "intensifier", "demeanour"),
    "hedge": ("modal", "adverb", "reportative"),
    "attribution": ("named_source", "postposed_so", "state_media", "expert", "vague", "anonymous"),
}
SOURCE_CLASSES = ("state_media", "expert", "vague", "anonymous")
FRAME_CLASSES = ("named_source", "postposed_so")


@dataclass(frozen=True)
class Entry:
    match: str  # case-folded lemma or phrase ("laut *")
    family: str
    cls: str
    gloss: str
    pos: str
    weight: float
    origin: str = "shipped"  # "shipped" or "project"
    gloss_de: str = ""  # the gloss in German ("" falls back to ``gloss``)

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.match.split())

    @property
    def literals(self) -> int:
        return sum(1 for t in self.tokens if t != "*")


@dataclass
class Lexicon:
    language: str
    entries: list[Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def by_family(self, family: str) -> list[Entry]:
        return [e for e in self.entries if e.family == family]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _validate(cols: list[str], where: str, project: bool) -> tuple[Entry | None, str | None]:
    if len(cols) not in (6, 7):
        return None, f"{where}: expected 6 or 7 tab-separated columns, found {len(cols)}"
    match, family, cls, gloss, pos, weight, gloss_de = (c.strip() for c in (cols + [""])[:7])
    if not match:
        return None, f"{where}: empty match"
    if family not in CLASSES:
        return None, f"{where}: unknown family '{family}'"
    try:
        w = float(weight)
    except ValueError:
        return None, f"{where}: weight '{weight}' is not a number"
    if not 0.0 <= w <= 1.0 or (w == 0.0 and not project):
        return None, f"{where}: weight {weight} outside {'0' if project else '0.5'}-1"
    if w > 0 and cls not in CLASSES[family]:
        return None, f"{where}: unknown class '{cls}' for family {family}"
    return Entry(_fold(match), family, cls, gloss, pos, w, "project" if project else "shipped", gloss_de), None


def parse_tsv(text: str, name: str = "lexicon.tsv", project: bool = False) -> tuple[list[Entry], list[str]]:
    """Entries and problems of one TSV file (comments only before the header)."""
    entries: list[Entry] = []
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    header = False
    for n, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not header:
            if line.startswith("#") or not line.strip():
                continue
            if tuple(c.strip() for c in line.split("\t")) not in (HEADER, HEADER_DE):
                problems.append(f"{name}:{n}: expected the header line {'<TAB>'.join(HEADER)} "
                                f"(optionally <TAB>gloss_de)")
                return entries, problems
            header = True
            continue
        if not line.strip():
            continue
        entry, problem = _validate(line.split("\t"), f"{name}:{n}", project)
        if problem or entry is None:
            problems.append(problem or f"{name}:{n}: unreadable")
            continue
        key = (entry.match, entry.family)
        if key in seen:
            problems.append(f"{name}:{n}: duplicate ({entry.match}, {entry.family})")
            continue
        seen.add(key)
        entries.append(entry)
    return entries, problems


def override_rows_from_tsv(text: str, language: str, name: str = "project.tsv") -> tuple[list[dict], list[str]]:
    """A project lexicon file as override rows (what ``detect_cues`` takes)."""
    entries, problems = parse_tsv(text, name, project=True)
    rows = [{"match": e.match, "family": e.family, "class": e.cls, "gloss": e.gloss, "pos": e.pos,
             "weight": e.weight, "language": language, "gloss_de": e.gloss_de} for e in entries]
    return rows, problems


SUPPLEMENTS = ("polarity",)  # lexicons built from packages, beside the hand-written one: <language>_<name>.tsv


@lru_cache(maxsize=16)
def _file_text(name: str) -> str:
    path = resource_path("lexicons", name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _shipped_text(language: str) -> str:
    """The hand-written lexicon and its supplements, as one text (what the lexicon version hashes)."""
    return "\n".join(_file_text(n) for n in (f"{language}.tsv", *(f"{language}_{s}.tsv" for s in SUPPLEMENTS)))


@lru_cache(maxsize=8)
def _shipped(language: str) -> tuple[tuple[Entry, ...], tuple[str, ...]]:
    """The hand-written entries, then each supplement's entries for words the hand-written file does not list
    (``de_polarity.tsv``: evaluative adjectives from the German Polarity Lexicon, see its header)."""
    entries, problems = parse_tsv(_file_text(f"{language}.tsv"), f"{language}.tsv")
    listed = {e.match for e in entries}
    for supplement in SUPPLEMENTS:
        name = f"{language}_{supplement}.tsv"
        text = _file_text(name)
        if text:
            more, trouble = parse_tsv(text, name)
            entries += [e for e in more if e.match not in listed]
            problems += trouble
    return tuple(entries), tuple(problems)


def _rows_for(overrides: list[dict] | None, language: str) -> list[dict]:
    return [r for r in overrides or [] if (r.get("language") or language) == language]


def load_lexicon(language: str, overrides: list[dict] | None = None) -> Lexicon:
    """The effective lexicon of ``language``: shipped file, then the project's rows."""
    shipped, problems = _shipped(language)
    table: dict[tuple[str, str], Entry] = {(e.match, e.family): e for e in shipped}
    lex = Lexicon(language, problems=list(problems))
    for n, row in enumerate(_rows_for(overrides, language), 1):
        cols = [str(row.get(k, "") if row.get(k) is not None else "") for k in HEADER_DE]
        entry, problem = _validate(cols, f"override {n} ({language})", project=True)
        if problem or entry is None:
            lex.problems.append(problem or f"override {n} ({language}): unreadable")
            continue
        key = (entry.match, entry.family)
        if entry.weight == 0:
            table.pop(key, None)
        else:
            table[key] = entry
    lex.entries = list(table.values())
    return lex


def lexicon_version(languages: set[str], overrides: list[dict] | None = None) -> str:
    """Fingerprint of the effective lexicons (files + overrides) and the detector version."""
    h = hashlib.sha256(CUES_VERSION.encode())
    for lang in sorted(languages):
        h.update(f"\0{lang}\0".encode())
        h.update(_shipped_text(lang).encode("utf-8"))
        rows = sorted(json.dumps(r, sort_keys=True, ensure_ascii=False, default=str)
                      for r in _rows_for(overrides, lang))
        h.update("\n".join(rows).encode("utf-8"))
    return h.hexdigest()[:16]
