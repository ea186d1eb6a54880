//! Messages written independently of the rules, in sets, each by a writer (a separate agent
//! session, 2026-11-30) who saw neither the rules nor the labelled data and was asked for the
//! scams people in Indonesia receive in 2024–2026 (judol, fake customer service, APK lures,
//! task and job scams, investment and romance-investment, illegal loans and collectors,
//! marketplace tricks, impersonation, English global scams) and for hard benign messages
//! (bank notices, OTP texts, family warnings about scams, news, real promos and job posts,
//! friends' chat). `tests/fixtures/messages/independent.jsonl`, one
//! `{"text", "label", "family", "lang", "set"}` a line.
//!
//! Set 1 was used to find the rule gaps of the day (its recall was 66 %, with 6 false alarms
//! among its 110 benign messages). Each later set was scanned before any rule was fitted to it,
//! then used to write more rules: set 2, 53 % with the day's starting rules and 69 % with the
//! rules written for set 1 (false alarms 3 → 0 of 100); set 3, 52.5 % and 62.5 % with the rules
//! written for sets 1 and 2 (false alarms 7 → 4 of 100); set 5 (more scams told as a story, with
//! no link and no scam word in any one sentence), 50 % with 6 false alarms of 100 before its
//! rules and 88.6 % with none after; set 7 (more English, crypto and romance scams), 47.1 % with
//! 3 false alarms before the session's rules, 51.4 % after set 5's, and 87.9 % with none after
//! its own. Set 9 is 300 benign messages only, each using the words scams use (relatives asking
//! for money, honest refunds, job ads that say "no fee", family warnings quoting scams): 16 warned
//! (5.3 %) with the session's starting rules, none now. Set 10 is plain SMS as feature phones got
//! them in 2014–2026 ("uangnya transfer ke rek ini aja", "no HP anda menang", "ketik NAMA#KOTA"):
//! 57.1 % with 1 false alarm before the session's rules, 58.6 % after sets 5–9's, 89.3 % with
//! none after its own; set 13 (scams told as a story, often mid-conversation, against honest
//! messages in the same situations), 35.7 % with 4 false alarms before the session's rules,
//! 39.3 % after sets 5–12's, 75.7 % with none after its own. Sets 15 (a mix, a quarter in
//! English) and 16 (a retired parent's phone and their child's inbox, with Javanese) were
//! written on 2026-12-01 and scanned with the rules and text model of that morning: 60.8 % with
//! 5 false alarms (65.8 % with the model) and 48.3 % with none (54.2 % with the model); after
//! their own rules, 95.0 % and 87.5 %, with none. Sets 17 (comments and DMs on social media,
//! 48 judol comments) and 18 (a small business and its staff), the same afternoon: 70.8 % with
//! 11 false alarms (78.3 % with the model) and 45.0 % with none (50.8 %); after their own rules
//! 95.8 % with 1 (`KNOWN_FALSE_ALARMS`) and 85.0 % with none, after retraining the model on
//! them. Sets 21 (an English-first household in Bali: expats, tourists, students, 60 % English)
//! and 22 (Indonesia in 2026: Coretax, IKD, QRIS, paylater, deepfakes, AI voices), written on
//! 2026-12-01 and scanned with that day's final rules and model: 54.2 % and 58.3 % with the
//! rules alone (0 and 3 false alarms), 59.2 % and 67.5 % with the model; after their own rules
//! 90.0 % and 90.8 % with none, and 95.0 % and 96.7 % after retraining the model on them.
//! Sets 23 (village and small-town Facebook and WhatsApp groups) and 24 (freelancers, remote
//! workers and exporters who work in English), written the same evening and scanned with the
//! rules and model fitted to 21 and 22: 56.7 % and 50.8 % with the rules alone (3 and 2 false
//! alarms), 65.0 % and 59.2 % with the model; after their own rules and a retrained model
//! 93.3 % and 95.0 % with none. Sets 27 (teenage gamers and their parents) and 28 (housing,
//! vehicles, insurance and big purchases), written after the held-out sets 25 and 26: 41.7 % and
//! 49.2 % with the rules alone (2 and 0 false alarms), 49.2 % and 60.8 % with the model; after
//! their own rules and a retrained model 75.8 % and 87.5 % with none. Sets 29 (pensioners,
//! health, religion and charity) and 30 (Indonesians in Malaysia and Singapore, 45 % Malay):
//! 50.8 % and 50.0 % with the rules alone (2 and 6 false alarms), 67.5 % and 56.7 % with the
//! model; after their own rules and a retrained model 81.7 % and 84.2 % with none.
//! Sets 31–34 (2026-12-01, a later session), weighted to the families the held-out sets miss
//! most (romance, marketplace, investment, crypto, impersonation and jobs, 15 each): 31 Gen Z
//! and young workers, 32 small online sellers, 33 migrant workers abroad and their families,
//! 34 office staff who work in English (business e-mail fraud). Scanned with the session's
//! starting rules: 70.0 / 70.0 / 65.0 / 68.3 % with the model (60.0 / 60.0 / 56.7 / 57.5 % with
//! the rules alone; 10, 3, 5 and 1 false alarms); after their own rules and a retrained model
//! 97.5 / 90.0 / 91.7 / 95.0 % with none. Sets 36–39, the same weighting, in the same session:
//! 36 Muslim community life (mosque groups, zakat, umrah agents, sharia investment), 37 farmers
//! and fishermen over 50, 38 gamers, streamers and creators, 39 students and fresh graduates.
//! With the rules and model fitted to 31–34: 65.0 / 74.2 / 66.7 / 80.8 % (57.5 / 65.0 / 55.8 /
//! 72.5 % with the rules alone; 9, 1, 11 and 5 false alarms, most of them warnings that quote a
//! scam); after their own rules and a retrained model 87.5 / 96.7 / 89.2 / 88.3 %, with one false
//! alarm left (set 36's bank warning, `KNOWN_FALSE_ALARMS`). Sets 41–44, a third round: 41
//! Chinese-Indonesian families and shop owners, 42 ride-hailing drivers and couriers, 43 nurses,
//! teachers and civil servants, 44 expats and Indonesians on foreign sites (60 % English). With
//! the rules and model fitted to 36–39: 74.2 / 75.0 / 65.8 / 60.8 % (68.3 / 64.2 / 55.8 / 55.0 %
//! with the rules alone; 7, 6, 3 and 2 false alarms); after their own rules and a retrained
//! model 89.2 / 88.3 / 85.8 / 90.8 % with none. Sets 46–48 (2026-12-01, a later session, the same
//! weighting): 46 mothers in WhatsApp groups (arisan, school parents, side incomes), 47 factory
//! and warehouse workers, 48 young urban professionals who invest and date online (40 % English).
//! With the rules and model fitted to 41–44: 75.8 / 79.2 / 79.2 % (68.3 / 71.7 / 71.7 % with the
//! rules alone; 3, 6 and 4 false alarms, most of them warnings that quote a scam); after their
//! own rules and a retrained model 93.3 / 95.0 / 96.7 % with none. Sets 50 (buying and selling
//! used goods, vehicles and rooms in Facebook and WhatsApp groups) and 51 (tourism workers in
//! Bali, Lombok and Labuan Bajo, 40 % English), the same session: with the rules and model
//! fitted to 46–48, 80.0 / 68.3 % (75.0 / 62.5 % with the rules alone; 3 and 2 false alarms);
//! after their own rules and a retrained model 95.0 / 95.8 %, with one false alarm (a host's
//! warning that names the fake Airbnb site, once Airbnb was a protected brand: the link warns).
//! Sets 53 (e-mail and WhatsApp of small companies, schools and NGOs, half of them e-mails),
//! 54 (comments and DMs under viral posts) and 55 (rural Sumatra and Kalimantan), a third round
//! that session: with the rules and model fitted to 50–51, 79.2 / 73.3 / 70.0 % (69.2 / 62.5 /
//! 58.3 % with the rules alone; 8, 7 and 4 false alarms); after their own rules and a retrained
//! model 95.0 / 93.3 / 90.0 %, with two false alarms left (`KNOWN_FALSE_ALARMS`).
//! Sets 58 (Indonesian migrant workers abroad and their families) and 59 (mosque, pengajian and
//! church communities and charities), the next session (2026-12-02): with the rules and model
//! fitted to 53–55, 77.5 / 83.3 % (4 and 2 false alarms); after their own rules (new: a
//! sweetheart's marriage promise with a money ask, agency fees to a staff member's account, a
//! seller who can't be met wanting a shipping deposit) and a retrained model 96.7 / 98.3 %, one
//! false alarm left. Then 60 (small online sellers on the seller's side) and 61 (patients,
//! carers, hospitals and pharmacies), scanned with the rules fitted to 58–59 and the negation
//! above: 81.7 / 84.2 % (3 and 3 false alarms); after their own rules 97.5 / 99.2 %, one false
//! alarm left (a seller asking whether a fake Coretax link is real: the link warns).
//! Then 63 (Indonesian students abroad, foreign students and expats) and 64 (farmers,
//! fishermen and livestock keepers): 89.2 / 85.8 % (7 and 3 false alarms, nearly all people
//! asking whether something is a scam or warning others); after their own rules (new: a
//! promised buy-back at a higher price) 98.3 / 99.2 %, none. Then 66 (teachers, schools and
//! parents of young children) and 67 (travel and events): 82.5 / 81.7 % (6 and 4 false alarms);
//! after their own rules, with the model not retrained (retrained, it lifted more held-out
//! benign messages than scams), 94.2 / 98.3 %, two false alarms left (`KNOWN_FALSE_ALARMS`).
//! Then 69 (ride-hailing drivers, couriers and food sellers who take orders online) and 70
//! (civil servants, government-paid teachers, retirees of the civil service, army and police,
//! village officials): 80.8 / 81.7 % (2 and 3 false alarms); after their own rules (and a
//! negation that covers the words it governs, "tanpa biaya pendaftaran") 88.3 / 90.8 %, none.
//! Then 72 (factory workers in industrial estates) and 73 (home buyers, renters, landlords and
//! builders): 80.0 / 77.5 % (1 and 2 false alarms); after their own rules (new: brokers of JHT
//! payouts "tanpa resign", payments steered away from the office) 88.3 / 89.2 %, none.
//! Then 75 (lonely hearts and online daters) and 76 (second-hand buyers, sellers and renters in
//! groups), written with more of the families unseen writers get past us most (20 each of
//! romance, marketplace and impersonation, 15 each of investment and jobs, 30 % English):
//! 74.2 / 74.2 % (2 and 2 false alarms); after their own rules 90.8 / 84.2 %, one false alarm
//! left (`KNOWN_FALSE_ALARMS`). Then 78 (expats, digital nomads and remote workers, 70 %
//! English) and 79 (village and border communities writing in Javanese, Sundanese and Malay):
//! 80.8 / 69.2 % (2 and 2 false alarms); after their own rules 90.8 / 73.3 %, none.
//! Then (2026-12-02) 83 (English-language smishing and spam of 2022–2026 in the US, UK,
//! Australia, India, Singapore and the Philippines) and 85 (a year of an ordinary Indonesian
//! phone's SMS inbox): 69.2 / 91.7 % (8 and 0 false alarms, six of the eight shops' and
//! agencies' texts with today's "Reply STOP to opt out"); after their own rules 90.8 / 95.8 %,
//! one false alarm left (`KNOWN_FALSE_ALARMS`). Then 87 (English texts, e-mails and DMs in the
//! US, Canada, the UK, Ireland, Australia, New Zealand and South Africa, 2025–2026): 75.0 %,
//! no false alarm; after its own rules and a rule for any brand's "act at this link before the
//! deadline" 93.3 %, none. Then 89 (English texts in India, Pakistan, Bangladesh, Sri Lanka,
//! Singapore, Malaysia, the Philippines, Nigeria, Ghana, Kenya and South Africa): 66.7 %, 2
//! false alarms; after its own rules 93.3 %, one left (`KNOWN_FALSE_ALARMS`). Then 91 (English
//! texts, WhatsApp and e-mail in the UK, Ireland, Australia, Canada, Singapore and Hong Kong):
//! 77.5 %, 4 false alarms; after its own rules 90.0 %, none. Then 93 (Indonesians at home and
//! abroad writing in English or mixing it with Indonesian): 86.7 %, none; after its own rules
//! 96.7 %, none. Then (2026-12-02, evening) 95 (the first message of English scam
//! conversations worldwide: wrong-number hellos, "investment mentor" introductions, group
//! invitations, "Hi Mum" openers, with honest first messages from new contacts) and 97 (English
//! SMS spam of the older style, premium-rate prizes, ringtone clubs, PPI and debt write-off, with
//! honest texts in the text-speak of the time): 44.2 / 80.8 % (1 and 2 false alarms); after
//! English text-speak in the pack's chat spellings and their own rules 63.3 / 95.0 %, one false
//! alarm left in 97 (an operator's "Free Msg:" bill, `KNOWN_FALSE_ALARMS`). Most of
//! 95's openers carry no sign of a scam yet (a wrong number, a hello from a "mentor"). Then 99
//! (Indonesian fraud SMS of 2015–2022, the labelled Indonesian SMS's kind) and 100 (English SMS
//! spam of 2005–2016, the UCI corpus's kind, in the writer's own words): 90.8 / 82.5 % (4 and 5
//! false alarms); after their own rules 100 / 95.0 %, two false alarms left in 99
//! (`KNOWN_FALSE_ALARMS`). Then 103 (2026-12-03: travel, holidays and giving: villa and hotel
//! payment links, tourist levies, airline "refunds" through the banking app, relatives abroad
//! in trouble with a visa or a hospital, against booking confirmations, family groups quoting
//! scams word for word and honest donation drives): 73.3 % with 5 false alarms; after its own
//! rules 85.8 %, one left (a travel agent's invoice that only the text model warns about).
//! Disaster donations to a private account and tours paid in full by transfer stay missed:
//! honest drives and agents write the same. Then 104 (the same day: Gen Z and young workers:
//! judol dressed as a game, parlay rooms, money mules paid per transfer, premium-account job
//! fees, withdrawal "taxes", QR logins, fake transfer proofs): 78.3 % with 3 false alarms;
//! after its own rules 90.0 %, one left (a bank's transfer notice that only the text model
//! warns about). Then 107 (the same day, later: families across generations: pensioners and
//! Taspen, arisan and pengajian groups, relatives working abroad, a quarter in English):
//! 85.8 % with 2 false alarms; after its own rules (Taspen and Asabri "re-authentication", the
//! ATM guided by phone, a code read out to "cancel" a transaction, typing jobs that sell a
//! membership; Javanese warnings and "is this true?" as dampeners) 89.2 %, one left (a
//! mosque's infak account, as set 36's). Stories with no ask yet (a "wrong number" that wants
//! to be friends) and payments with a plain reason (a bus fare, a courier fee) stay missed.
//! Then 108 and 109 (the same session; their writers were given 105's theme, older
//! Indonesians in small towns, by a slip in the briefs), scanned with 107's rules: 84.2 % and
//! 82.5 % with 2 and 1 false alarms; after their own rules (a "doctor" asking relatives to pay
//! a person, hajj places jumped for a fee, PLN arrears paid to a "field officer", a code "that
//! will come in" sent to the writer, a buyer who asks the seller to advance the courier's or the
//! notary's fee, Taspen and Asabri as brands, a government notice's "no fee" as negation)
//! 89.2 % and 84.2 %, one false alarm each: a remittance receipt only the text model warns
//! about, and a nephew's real request from his usual number ("nomer iki sing biasa kok").
//! Then 110 (2026-12-03, evening: Indonesian students at home and abroad, two thirds in
//! English: visa and fee threats, rooms paid before viewing, cheques sent back, rented show
//! funds, robot calls from an "embassy", paid crypto signal groups) and 111 (money collected in
//! communities: arisan, RT dues, class treasurers, mosques and churches, wedding gifts, funeral
//! collections; 140 honest messages that ask for money with real accounts against 80 scams),
//! scanned with 109's rules: 73.3 % and 76.3 % with 2 and 5 false alarms; after their own rules
//! (those above, a body "held" at the hospital for its bill, collections to be kept out of the
//! group, m-banking logins behind links, ID with bank-card photos; accounts in a mosque's or a
//! church's name, a committee's financial report and "pay me back in cash when we meet" as
//! honest terms) 90.0 % and 88.8 %, with none. A mosque's account notice of set 107 no longer
//! warns. Then 114 (the workplace: HR and payroll, vendors and invoices, IT notices, company
//! groups) and 115 (teenagers, school children and their parents: games and top-ups, fandoms,
//! school groups), each 80 scams against 140 honest messages, scanned with 110's and 111's
//! rules: 82.5 % with none and 77.5 % with 9 false alarms (warnings, questions and news about
//! game and loan scams); after their own rules (a vendor's new bank details not to be checked by
//! a call, a "confidential acquisition" and its lawyer, a payout held for bank data behind a
//! link, fake purchase receipts with a number to call, a buyer's "held" transfer, scholarships
//! and ambassador packages that charge, test hotels booked through the "appointed" agent,
//! payment in gift cards, "I accidentally reported your account"; questions and parents'
//! reminders as dampeners) 93.8 % and 88.8 %, with none. Then 118 (money notifications:
//! bank and e-wallet alerts, bills, legal lenders, insurance, tax; 80 scams against 140 honest
//! messages) and 119 (migrant workers and their families, with Javanese), scanned with those
//! rules: 91.3 % and 89.2 %, with 3 false alarms each (a BPJS notice that it never sends APKs,
//! an honest wrong transfer "back to the account it came from", an insurer's "pay only to the
//! account in the company's name"; a mother's "that wasn't you, was it?", a quoted prize SMS,
//! an arisan's "to my usual account, not to any other number"); after their own rules 92.5 % and
//! 90.8 %, with none. Then 121 (government services and public notices, 80 scams against 140
//! honest) and 122 (English texts as people in the US, UK, Australia, Singapore and Malaysia
//! get them): 77.5 % and 76.7 %, with 1 and 2 false alarms (a tax adviser's "do not send your
//! password", a regulator's fine in the news, a friend quoting a toll text); after their own
//! rules (ETLE texts with a link, a prosecutor's "coordination money", insiders who fix papers
//! for a deposit, chains to share before claiming aid, buyers' "collect your funds" links,
//! parcel reshipping jobs, pay per like, sold lottery numbers, "stay on this call" from any
//! authority) 83.8 % and 85.0 %, with none. Then (2026-12-03, a later session) 123 (the
//! year-end season: 12.12 sales, Christmas and New Year travel, bonuses, hampers), 124 (buying
//! and selling inside marketplace apps and social commerce, both sides), 126 (short texts of 5
//! to 25 words, SMS and notifications from unknown numbers) and 128 (English texts, e-mails and
//! DMs worldwide in 2026), scanned with 122's rules: 90.8 / 79.2 / 80.0 / 75.0 % with 7, 7, 2
//! and 9 false alarms (questions and warnings that quote a scam, honest giveaways that "cover
//! the shipping", news of an arrest); after their own rules (payment outside the app in
//! English, gold "below the shop price" with a booking fee, "the buyer paid, check your
//! e-mail", apps from a link that ask for a marketplace login, fake-kidnapping calls, a CEO's
//! confidential tranche, "the card machine is down, pay them directly", payroll details by
//! reply, a romance partner's frozen account or gold investment; questions, "no fee at all" and
//! "pay when the ticket is in hand" as honest terms) 95.8 / 98.3 / 97.5 / 90.0 %, with three
//! false alarms left, each a question that quotes a lookalike link (`KNOWN_FALSE_ALARMS`).
//! Then 129 (judol in its 2026 disguises, 40 % of the scams: up-or-down "options", mystery
//! boxes of e-wallet balance, promoters' "pola" and cashback on losses, private parlay groups,
//! "recovery" of lost slot balance) and 130 (banks and e-wallets: fake customer service, codes,
//! blocked accounts, new fees, against the banks' own notices and warnings), scanned with those
//! rules: 83.3 / 88.3 % with 2 and 3 false alarms (a question about a giveaway that charged
//! shipping, a family warning that names two APK files, a bank's daily-interest notice, a card
//! blocked after wrong PINs "visit the nearest branch"); after their own rules 97.5 / 94.2 %,
//! with none. Then 132 (parcels, couriers and online orders, Indonesian and English) and 133
//! (phone operators and SIM cards), scanned with those rules: 89.2 / 75.8 % with 3 and 2 false
//! alarms; after their own rules (a courier or a "helpdesk" that guides a refund in m-banking,
//! a seller's own courier paid first by e-wallet, a romance parcel held for "insurance",
//! call-forwarding codes `*21*`, SIM "re-registration" at a site within 24 hours, an operator's
//! cashback through an m-banking login; by.U, simPATI and bima as the operators' names beside
//! an operator's lure words in a host) 96.7 / 93.3 %, with two false alarms left, questions
//! that quote a lookalike link (`KNOWN_FALSE_ALARMS`). Then 135 (investment and crypto in
//! 2026) and 136 (romance, friendship and dating, Indonesian and English): 85.0 / 75.8 % with 6
//! and 5 false alarms (relatives and friends warning from their own losses, a news item on
//! deepfake trading ads, a dating app's renewal notice, a marriage course's "Bimwin" read as a
//! judol name); after their own rules (withdrawals locked until an "upgrade", buying a token or
//! IPO shares "for you", Google Authenticator codes for "support", seed words sent to a
//! sweetheart, a date's "verify you're real" card page, social logins behind chat links, a
//! marriage bureau's fees) 95.0 / 87.5 %, with none. Most of 136's misses are openers with no
//! ask yet (a wrong number that wants to be friends, a match who moves the chat elsewhere).
//! Then 138 (housewives and mothers at home) and 139 (university students and fresh
//! graduates): 91.7 / 84.2 % with 5 and 5 false alarms (neighbourhood and family warnings,
//! questions to an official account, a class teacher's form that asks for no bank details, news
//! of a task-scam ring); after their own rules (sewing jobs that start with a paid kit of cloth,
//! typing jobs that sell a module, watch-and-like apps, "add items to cart" promoters, pawned
//! student cards and diplomas, e-mail and password "sync" for a scholarship, a bude's new
//! number, a blockchain "investigator's" retainer, private IPO allocations) 96.7 / 95.0 %, one
//! false alarm each (`KNOWN_FALSE_ALARMS`).
//! Then 141 (work abroad and recruitment, scam compounds), 142 (British-style SMS of
//! 2003–2015, all English), 143 (classic Indonesian SMS, short and misspelled) and 144 (illegal
//! loans, paylater and pawn; 2026-12-03, later session): 90.8 / 80.0 / 96.7 / 80.8 % with 5, 5, 4
//! and 4 false alarms (questions about a job offer or a link, a mother checking a "PMI officer's"
//! call, roaming rates, a licensed lender's disbursal notice); after their own rules (a
//! "protection officer's" deportation fee, visa fees at a link, insider signals with a 100 % win
//! rate, carbon credits and wine "guaranteed to double", fixed matches, a Secure Key code by
//! phone, a police officer who says not to tell the bank, a stranded relative's wire, pawn
//! tickets "auctioned tomorrow", NIK-misuse checks, a prosecutor's "case deposit", a collector's
//! "the VA is down, pay into my account", collectors' threats to employers and neighbours)
//! 98.3 / 94.2 / 98.3 / 96.7 %, with two false alarms left in 144, each a question quoting a
//! lookalike link (`KNOWN_FALSE_ALARMS`).
//! Then 147 (ride-hailing drivers, couriers and food merchants), 148 (government aid and public
//! services in 2026), 149 (English texts in Singapore, Malaysia, the Philippines, Australia and
//! the US) and 150 (religious life: umrah and hajj, mosques, zakat and qurban), the same
//! session: 88.3 / 83.3 / 79.2 / 84.2 % with 6, 4, 4 and 6 false alarms (platform and bank
//! notices that say what they never ask, questions "wajar gak ya?", a mosque's and a shop's own
//! accounts); after their own rules (payout-account "updates" at a link, driver accounts for
//! rent, "settle the complaint" calls, refunds guided in m-banking, a camat's or an insider's
//! paid fast lane, double-aid clawbacks, subsidy re-registration links, "press 1" robocalls,
//! arrest warrants lifted for a payment, the fake-cheque job, umrah "pay now, leave later"
//! schemes, hajj confirmation links, donations paid by a banking login, customs "guarantees")
//! 99.2 / 97.5 / 96.7 / 94.2 %, with five false alarms left (`KNOWN_FALSE_ALARMS`): a seller's,
//! a shop's and a mosque's own account numbers, a question quoting a lookalike link, and a
//! relative asking for a Netflix code word for word as the scam does.
//! Then 151 (buying as a customer: social commerce, pre-orders, tickets), 152 (teenagers and
//! young adults: games, K-pop, concerts, part-time jobs), 153 (small businesses and UMKM) and
//! 154 (property and housing): 85.8 / 89.2 / 80.8 / 83.3 % with 5, 7, 10 and 6 false alarms
//! (parents and buyers asking whether something is a scam, a bank's KUR reminder that "there
//! is no provision fee", shops' and landlords' own accounts, a company's account change
//! confirmed by letter and phone); after their own rules (pre-orders far below the shop price,
//! a vehicle "already with the expedition", a seller's own escrow site, fan-sign coupons
//! "validated" by buying albums, tap-to-earn upgrades, paid live viewers, grant fees, ad-account
//! "admins", token sync links, rented QRIS for judol deposits, settlement PINs, buyers with their
//! own courier, Tapera payout links, land "predicted to rise 300 %", IPL cut-off links, villas
//! paid "within the hour" by link) 96.7 / 97.5 / 95.8 / 95.0 %, with three false alarms left
//! (`KNOWN_FALSE_ALARMS`).
//! Then 157 (health and medicine), 158 (schools, students and parents), 159 (judol in its 2026
//! forms, 48 of the scams) and 160 (English texts in India, Nigeria, Kenya, the Gulf and the
//! UK): 81.7 / 83.3 / 86.7 / 68.3 % with 2, 4, 6 and 5 false alarms; after their own rules
//! (health "programmes" paying into accounts typed at a link, a nurse's prepaid medicine, a
//! pesantren's sick-child bill, campus and student-aid portals, a uniform "as a sign of
//! seriousness", judol testimonials and number games, famous investors' "assistants", flash
//! USDT, P2P "send first", gift parcels held at customs, compensation for scam victims, app
//! "updates" pushed by bills and voicemails, SIM re-registration with the wallet PIN)
//! 94.2 / 95.8 / 95.8 / 89.2 %, with two false alarms left, each a question quoting a lookalike
//! link (`KNOWN_FALSE_ALARMS`).
//! Then 163 (Indonesian SMS and WhatsApp fraud from the feature-phone years to 2026) and 164
//! (English SMS spam and smishing in the UK, US, Ireland, Australia, India, Singapore, South
//! Africa and Nigeria, 2003–2026), written on 2026-12-04 and scanned with that day's rules:
//! 93.3 / 77.5 % with 6 and 4 false alarms; after their own rules (a stock group's VIP class and
//! first deposit, tips and numbers sold as "100 % accurate", MMS viewers, "photos of you",
//! airtime PINs for a prize, sealed phones for a deposit, tickets "sent after", An Post, Tesco,
//! CIBC, FNB and Capitec as brands, "new no", a tradesman's "gak usah dibalikin" as the
//! opposite of the refund scam) 96.7 / 96.7 %, with one false alarm left: a roofer asking to be
//! paid into his wife's account (`KNOWN_FALSE_ALARMS`).
//! Then 167 (romance and impersonation, 35 % English) and 168 (marketplace fraud among buyers
//! and sellers, 40 % English), the same day: 62.5 / 68.3 % with 5 and 3 false alarms; after their
//! own rules (money asked "if you love me" from a rig or a tanker, gift boxes whose delivery and
//! tax the partner pays, fiancée contracts, recorded video calls, KPK "examinations", church and
//! mosque money to a personal account, a seller who must pay to release a buyer's payment or
//! "verify" with a card, rehomed pets and quarantine fees, owners always away who want a deposit,
//! card numbers "to receive" money) 76.7 / 85.0 %, with one false alarm left: a question quoting
//! a lookalike link (`KNOWN_FALSE_ALARMS`). Most of 167's misses left are romance openers that
//! ask for nothing yet, which honest chat resembles.
//! Then 171 (Indonesian jobseekers: task scams, overseas compounds, recruitment fees) and 172
//! (English-speaking countries' tolls, fines, tax refunds, utilities, bank alerts and "Hi Mum"),
//! 2026-12-04: 82.5 / 74.2 % with 3 and 1 false alarms; after their own rules (a "company"
//! abroad asking a family for a contract "fine", "tugas kesejahteraan", work apps joined with an
//! invitation code, paid certification tests, safety gear from a "partner vendor", parking and
//! penalty notices, utilities paid by Zelle or prepaid card, the Hi Mum scam's sort code, a
//! country's `gov-uk`/`co-nz` ending glued into a host, NatWest, Barclays, Lloyds Bank, Westpac,
//! Vodafone, Optus, Telstra, British Gas, Services Australia, Service NSW, NZ Post and Canada
//! Post as brands) 94.2 / 96.7 % with none.
//! Then 175 (Indonesian judol in comments and chats, new brand names) and 176 (English
//! investment, pension and recovery fraud aimed at people of 45–75), the same day: 86.7 / 41.7 %
//! with 5 false alarms each; after their own rules (a judol agent's "game" with a loophole and a
//! small first deposit, a PAGCOR licence as proof, a win's "tax" with a deadline, comment
//! buzzers, fees to "release" a withdrawal, cold pension offers, IPO and loan-note allocations
//! paid into escrow, scripts for what to tell the bank, Bitcoin ATM instructions, fake
//! regulators) 96.7 / 82.5 % with 2 and 0: a badminton player "gacor", a togel lesson and a
//! church group's admin are dampened now; a shop owner asking how to stop a judol comment that
//! she quotes in styled letters, and a child asking to top up her father's credit, still warn.
//! Then 179 (comments under an Indonesian news portal's and a celebrity's posts: judol, fake
//! giveaways in the celebrity's name) and 180 (English marketplace buyers, sellers and renters
//! in six countries), the same day: 83.3 / 38.3 % with 6 and 4 false alarms; after their own
//! rules (judol that hides its site's name, a celebrity's "admin" or "assistant" giving prizes, a
//! free blue tick, overpayment refunds, payments "on hold" until an account is upgraded, links
//! to "receive" money, vehicle reports from one site, and wider pet, rental, ticket and code
//! rules) 94.2 / 83.3 % with 1 and 0: "Timnas maxwin malam ini, 3-0 bos!" still warns.
//! Then 183 (English romance, friendship and sextortion on dating apps, 30–70 year-olds) and
//! 184 (Indonesian buying and selling on marketplaces and WhatsApp), the same day: 44.2 / 75.0 %
//! with 1 and 3 false alarms; after their own rules (a partner's fees before money "is
//! released", reasons never to video call, sextortion threats, trading accounts opened "for"
//! the reader; sellers' "transfer first so nobody takes it", deals moved out of the app,
//! fees for parcels "on the way", QRIS scanned to "receive" money) 60.0 / 86.7 % with none.
//! Most of 183's misses left are openers and love-bombing that ask for nothing yet.
//! Then 187 (a retired teacher in Yogyakarta and her husband: bank CS, APK letters, WhatsApp
//! codes, Taspen, accidents, aid and hajj quotas, in Indonesian and Javanese), the same day:
//! 81.7 % with 3 false alarms; after its own rules (a courier to collect the old ATM card, an
//! office's "video call with an officer", hajj and umrah money on a three-day deadline, the
//! code asked for in plain chat, a koperasi's monthly interest) 90.0 % with 1: a daughter asking
//! her mother to pay the arisan caterer for her, which the text model reads as the request
//! scams make.
//! Then 189 (English romance and "wrong number" scams that turn into investment or money
//! requests, US, UK, Canada, Australia) and 190 (Indonesian students and fresh graduates),
//! 2026-12-05: 30.8 % and 82.5 % with 2 false alarms each (34.2 % and 81.7 % with the text
//! model retrained that morning); after their own rules (a sweetheart's obstacle that needs a
//! fee, a deposit pushed on a "platform", an insider uncle's signals, gift cards to "prove
//! you're real"; joki who hold the file hostage, forged TOEFL certificates, campus logins asked
//! for, a KTP lent for someone's paylater) 61.7 % and 93.3 % with none. Most of 189's misses
//! left are wrong-number openers and love-bombing that ask for nothing yet.
//! Then 193 (small businesses: fake big orders, permit and certification fees, QRIS stickers,
//! fake suppliers and buyers), 194 (the English smishing waves of 2025–2026: tolls, parcels, tax,
//! licences, banks' "new payee" alerts, recruiters) and 197 (judol comments with new names
//! hidden every way, and pinjol offers and collectors), the same day: 69.2 / 79.2 / 70.8 % with
//! 3, 3 and 4 false alarms; after their own rules and eight brands (Yodel, Purolator, Ninja Van,
//! SingPost, VicRoads, Singpass, OneMotoring, Disney+) 91.7 / 93.3 / 86.7 % with 1, 2 and 1.
//! Then 199 (Indonesians posing as a relative, a boss, a teacher, a cleric or an officer, often
//! in Javanese, Sundanese, Betawi, Minang or Batak, the ask arriving mid-conversation) and 200
//! (English marketplace and impersonation in the US, UK, Australia, Singapore and Malaysia):
//! 38.3 % and 58.3 % with 2 and 4 false alarms; after their own rules (secrecy from the family
//! beside a payment, clinics that "want the money first", payments outside the usual way, cases
//! settled before the report is filed; payments "pending release", unseen pets and cars, PayID
//! only, scan-to-receive, bosses who can't take calls, changed bank details) 75.0 % and 90.0 %
//! with none and 1. Many of 199's misses left are the first message of a conversation, which
//! asks for nothing yet.
//! Then 203 (strangers buying and selling in Facebook groups, OLX and chats: sellers far away,
//! other people's accounts, codes for "pickup", fake escrow, paid "verification" by admins):
//! 68.3 % with 3 false alarms; after its own rules 87.5 % with 1.
//! Then 205 (romance and "kenalan" scams aimed at Indonesians: foreign soldiers and engineers,
//! migrant workers, money "for us", parcels held by "customs", sextortion): 42.5 % with 1 false
//! alarm; after its own rules 59.2 % with none. Most of its misses left are openers that ask
//! for nothing yet.
//! Then four more (2026-12-05, second session): 206 (Indonesians posing as police, prosecutors,
//! the tax office, BPJS, PLN, PDAM, Dukcapil, teachers and village heads), 207 (English bank
//! "fraud teams", tax offices, police and payroll or rent changes), 209 (English romance at the
//! money stage) and 210 (Indonesian scams posing as help against scams: fund recovery, fake
//! OJK/IASC/police refunds, paid debt erasure): 53.3, 55.8, 30.8 and 55.8 % with 1, 6, 2 and 2
//! false alarms; after their own rules (officers' off-the-books deals, "stay on the call",
//! officials who guide a phone, refunds that need a fee, the lover who needs your account)
//! 81.7, 76.7, 53.3 and 71.7 % with 1, 1, 0 and 0; 209 reached 63.3 % later that day.
//! Then 212 (UK and Singapore SMS spam of 2003–2015: premium-rate prizes, ringtone clubs, chat
//! lines), 213 (classic short Indonesian fraud SMS), 215 (Malaysia, in Malay and Manglish) and 217
//! (the Philippines, in Tagalog, Taglish and Cebuano): 79.2, 77.5, 53.3 and 40.8 % with 0, 2, 6
//! and 2 false alarms; after their own rules 90.0, 83.3, 65.8 and 72.5 % with 0, 1, 2 and 0.
//! Then (2026-12-05) 218 and 219 (judol comments that hide the site: styled usernames, names
//! spaced out with a dash or an emoji, "nama tempatnya ada di pp"; and judol promotion outside
//! comments: deposit bonuses claimed in live chat, mentors who guide play), 222 (APK lures
//! that coach the install), 223 (English bank, toll and parcel phishing, MFA fatigue) and 225
//! (Indonesian bank and e-wallet phishing): 75.8, 77.5, 65.0, 75.8 and 80.0 % with 14, 4, 3, 1
//! and 4 false alarms; after their own rules (and the styled display-name fix) 83.3, 91.7,
//! 84.2, 79.2 and 87.5 % with 7, 1, 3, 0 and 4. Then 230 (English-speaking singles: romance and
//! romance-investment), 232 (buying and selling second-hand in Indonesia: fake buyers, absent
//! owners, couriers' fees) and 234 (judol testimonials that point to the writer's bio, profile
//! picture or username): 64.2, 77.5 and 56.7 % with 2, 0 and 3 false alarms; after their own
//! rules 80.0, 88.3 and 87.5 % with none. 236 (English romance and pig-butchering across the
//! whole arc), first held out to measure the rules fitted to 230 (40.8 → 41.7 %, 4 false
//! alarms), was then fitted too: 62.5 % with none.
//! Set 238 (2026-12-06: 160 honest messages that talk about scams, quoting them, asking about
//! them, warning of them, telling how a friend lost money, and 60 scams), scanned first with the
//! day's rules: 95.0 % with 28 false alarms of 160 (17.5 %); after the quoted-passage dampening
//! (`text::quoted`) 19 (11.9 %), and after its own dampener phrases 3 (`KNOWN_FALSE_ALARMS`).
//! Set 239 (the same night: English romance and romance-investment, 100 scams across the
//! arc, 100 honest messages of real couples), first scan 28.0 % with 3 false alarms; after
//! `rules/romance.toml` 52.0 % with 2.
//! Sets 240 (Indonesian students and young workers: part-time task jobs, fake scholarships and
//! tickets, pinjol collectors, sextortion, judol, APK lures) and 241 (Philippine, Malaysian
//! and Singaporean messages in their English, Taglish and Malay), first scans 93.3 % with 2
//! false alarms and 83.3 % with none; after `rules/southeast-asia.toml` and their phrases in
//! older rules 97.5 % and 98.3 %, with none. Set 242 (English SMS of the United States, the
//! United Kingdom, Australia, Canada and New Zealand, 2025–2026): first scan 88.3 % with 1
//! false alarm, 95.8 % with none after its phrases. Set 243 (Indonesian marketplace and FB-group
//! fraud, buyer and seller side): 82.5 % with 3 false alarms, then 95.0 % with 1 (a warning that
//! names the phishing link). Set 244 (English impersonation worldwide: the boss, the landlord,
//! the officer, the stranded friend, the IT desk): 66.7 % with 1, then 88.3 % with none after
//! `rules/impersonation-en.toml`. Set 245 (English investment and crypto scams worldwide): 65.8 %
//! with 6 false alarms (news, warnings, questions), then 81.7 % with none. Set 246 (judol
//! promotion in chats, comments and broadcasts, disguised or nameless): 86.7 % with 8 false
//! alarms, then 95.8 % with 1. Set 247 (English romance: the asks and the pressure, sent to
//! Asia-Pacific): 58 % with 3 false alarms, then 82 % with none.
//! None of them is held out any more: this test keeps what they taught from slipping
//! back, set by set. Sets 4, 6, 8, 11, 14, 19, 20, 25, 26, 35, 40, 45, 49, 52, 56, 57, 62, 65, 68, 71, 74, 77, 80, 81, 82, 84, 86, 88, 90, 92, 94, 96, 98, 101, 102, 105, 106, 112, 113, 116, 117, 120, 125, 127, 131, 134, 137, 140, 145, 146, 155, 156, 161, 162, 165, 166, 169, 170, 173, 174, 177, 178, 181, 182, 185, 186, 188, 191, 192, 195, 196, 198, 201, 202, 204, 208, 211, 214, 216, 220, 221, 224, 226, 227, 228, 229, 231, 233, 235 and 237 are held out (`independent-heldout.jsonl`,
//! eval group `independent-msgs-heldout`): never fit rules or the model to them.

use std::collections::BTreeMap;
use waspada::{Engine, Lang, Level};

/// The least share of each set's scams (percent) that must warn: what the set's own rules
/// reached (2026-11-30) less two or three points, room for a rule trade-off but not for a
/// family's worth of scripts.
const FLOORS: [(&str, usize); 155] = [
    ("1", 97),
    ("2", 88),
    ("3", 87),
    ("5", 87),
    ("7", 86),
    ("10", 87),
    ("13", 73),
    ("15", 94),
    ("16", 93),
    ("17", 93),
    ("18", 82),
    ("21", 92),
    ("22", 93),
    ("23", 90),
    ("24", 93),
    ("27", 72),
    ("28", 83),
    ("29", 78),
    ("30", 81),
    ("31", 95),
    ("32", 87),
    ("33", 89),
    ("34", 92),
    ("36", 85),
    ("37", 94),
    ("38", 86),
    ("39", 86),
    ("41", 86),
    ("42", 85),
    ("43", 83),
    ("44", 88),
    ("46", 90),
    ("47", 92),
    ("48", 94),
    ("50", 92),
    ("51", 93),
    ("53", 92),
    ("54", 90),
    ("55", 87),
    ("58", 94),
    ("59", 95),
    ("60", 95),
    ("61", 96),
    ("63", 95),
    ("64", 96),
    ("66", 91),
    ("67", 95),
    ("69", 86),
    ("70", 88),
    ("72", 86),
    ("73", 87),
    ("75", 88),
    ("76", 82),
    ("78", 88),
    ("79", 71),
    ("83", 88),
    ("85", 93),
    ("87", 91),
    ("89", 92),
    ("91", 88),
    ("93", 94),
    ("95", 60),
    ("97", 92),
    ("99", 97),
    ("100", 92),
    ("103", 83),
    ("104", 87),
    ("107", 87),
    ("108", 87),
    ("109", 82),
    ("110", 88),
    ("111", 86),
    ("114", 91),
    ("115", 86),
    ("118", 90),
    ("119", 88),
    ("121", 81),
    ("122", 82),
    ("123", 93),
    ("124", 95),
    ("126", 95),
    ("128", 87),
    ("129", 95),
    ("130", 91),
    ("132", 94),
    ("133", 90),
    ("135", 92),
    ("136", 85),
    ("138", 94),
    ("139", 92),
    ("141", 96),
    ("142", 92),
    ("143", 96),
    ("144", 94),
    ("147", 97),
    ("148", 95),
    ("149", 94),
    ("150", 92),
    ("151", 94),
    ("152", 95),
    ("153", 93),
    ("154", 92),
    ("157", 92),
    ("158", 93),
    ("159", 93),
    ("160", 86),
    ("163", 94),
    ("164", 94),
    ("167", 74),
    ("168", 82),
    ("171", 91),
    ("172", 94),
    ("175", 94),
    ("176", 80),
    ("179", 91),
    ("180", 81),
    ("183", 57),
    ("184", 84),
    ("187", 87),
    ("189", 59),
    ("190", 90),
    ("193", 89),
    ("194", 90),
    ("197", 84),
    ("199", 72),
    ("200", 87),
    ("203", 85),
    ("205", 57),
    ("206", 79),
    ("207", 74),
    ("209", 61),
    ("210", 69),
    ("212", 88),
    ("213", 81),
    ("215", 63),
    ("217", 70),
    ("218", 81),
    ("219", 89),
    ("222", 82),
    ("223", 77),
    ("225", 85),
    ("230", 77),
    ("232", 85),
    ("234", 84),
    ("236", 60),
    ("238", 92),
    ("239", 49),
    ("240", 95),
    ("241", 95),
    ("242", 93),
    ("243", 92),
    ("244", 85),
    ("245", 78),
    ("246", 93),
    ("247", 79),
];

/// Benign messages known to warn, each with why; take one off when it no longer warns. Gamers
/// now use the judol word "maxwin" for a good play, and the first reads exactly like the judol
/// comments written to pass as gamers' ("Info mabar dong, alexis17 lagi nyari temen"), minus a
/// brand. The second is a bank's Lebaran warning that quotes three scams word for word (a prize
/// tax, a transfer-fee form, a parcel-photo APK): six rules fire, and dampening may take back at
/// most 60 % of that, which leaves it at the warning line. The third warns hosts about a fake
/// Airbnb payout site and names it: the site is Airbnb's lookalike, and a link's own verdict is
/// not dampened by the words around it (a scam that quotes a warning would pass otherwise), so
/// the message warns for the link it carries, which is what a reader should not open. The
/// fourth replies to a user whose handle is a judol-shaped name (@dewi88). (A translator's job
/// post that says "Tanpa biaya pendaftaran" was one until the fee rule learned `negated_by`.)
/// The sixth, like the third, asks about a link that is a brand's lookalike (a fake Coretax
/// site) and warns for the link, as does the eighth (a fake BRImo points site). The seventh
/// complains about judol comments and quotes a brand spelt out (`G A C O R 8 8`): a name hidden
/// in spaced letters caps dampening at a quarter, since judol comments dress up as complaints.
/// The fifth is a mosque's qurban notice with its account number and treasurer's phone: an
/// account number to pay into keeps dampening to a quarter (scam pages copy "we don't accept
/// payment to personal accounts" word for word), so its honest terms cannot bring it down.
/// (A shop's giveaway that says "Kami TIDAK minta ongkir, transfer, atau data bank" was the
/// ninth until negation learned to cover a list's items, read in the original text.)
/// The next four are the price of letting the text model warn alone about a message that asks
/// for money (`text.model-asks`, 2026-12-02: with the model retrained on sets 66–79, +158 scams
/// of the held-out sets for +5 false alarms of 2,300): a sister short of money at the market who
/// says "call me if unsure", a developer's booking-fee link, a car dealer's down-payment offer,
/// a flatmate's "send yours when you can" for a shared driver. Each asks for money in words the
/// scams use; only knowing the sender tells them apart, and the warning says to check with the
/// person by phone first. The last, a study group's rule against sharing investment links that
/// names an "arisan berkah" that fooled a member, is a caution the retrained model confirms.
/// The last is a migrant's offer to send a friend's money home with her own transfer, with the
/// day's rate: the model alone reads an amount and "titip kirim" as the titip-dana scheme.
/// After it, like the third, a warning that quotes a bank's lookalike link (`dbs-secure-login.com`):
/// the link's own verdict is not dampened. The last, an operator's bill that opens "Free Msg:",
/// the premium-SMS services' own opening in the labelled UCI spam (6 spam texts to 2 honest
/// ones there; weighing it less cost two of those scams), which the text model confirms.
/// Then two of set 99, each written as the twin of a scam beside it: an operator's "Anda
/// menerima transfer pulsa … Sisa pulsa Anda" notice (the scam sends the same words from a
/// personal number, then asks for the credit back) and a stranger's honest "salah transfer,
/// boleh dikembalikan?" (word for word the refund scam): only the sender tells them apart.
/// The five after it (sets 123, 124, 128 and 132), like the third, ask whether a text is a
/// scam and quote its lookalike link (a BRImo points site, a Tokopedia "confirmation" site, J&T
/// tracking sites, a USPS site on a cheap ending): each warns for the link, which is what not
/// to open. Then a home baker's 50 % deposit to her own account (set 138), held at a warning as
/// the fifth is, by the account number to pay into, and a grandchild quoting a prize SMS with
/// its lookalike link (set 139). Then two questions quoting a lookalike link (set 144), and from
/// sets 148–150: a motorbike seller's deposit, a shop's and a mosque's own accounts (the account
/// number to pay into holds them at a warning, as the baker's does), one more question quoting
/// a lookalike link, and a relative asking for the Netflix sign-in code in the scam's own words.
/// Then from sets 152–153: a question quoting a lookalike link, a student asking her mother for
/// money (in the words the relative-in-need scams use), and an agency's training whose sign-up
/// is a short link with a brand's name in it (the link's own verdict, not dampened). Then two
/// more questions quoting a lookalike link (sets 157 and 159). Then a roofer who may be paid
/// into his wife's account (set 163): "transfer to my wife's account" is the account hand-off
/// scams use, and only knowing the roofer tells them apart. Then one more question quoting a
/// lookalike link (set 168). Then two of set 175: a shop owner asking how to stop judol
/// comments, quoting one with its brand in styled letters (a name hidden in look-alike letters
/// caps dampening at a quarter, as in the seventh), and a daughter asking to top up her
/// father's phone credit "to his number" (the "Mama minta pulsa" scam's own words; only knowing
/// the sender tells them apart). Then a football fan's "Timnas maxwin malam ini" (set 179):
/// "maxwin" is the judol word, and a score line does not tell a fan from a promoter. Then a
/// daughter asking her mother to transfer the arisan caterer's money for her (set 187): the
/// text model's `text.model-asks`, as the four above it.
/// On 2026-12-05 the text model, retrained with every fitted set, stopped warning on thirteen
/// messages this list held (shops' and travel agents' accounts, remittance and transfer receipts,
/// an operator's bill, a group rule against investment links, a relative's errand) and began on
/// the last seven: a football fan's "gacor", an approved loan's notice, a client's brief with its
/// budget, an apartment's bill, a furniture shop's account, iCloud's "storage is full", and a
/// grandchild asking for phone credit; five of them the model's own money-ask reason.
/// Then from sets 193, 194 and 197: an influencer's honest rate for a review and a commenter asking
/// whether the "modal 20rb jadi 7 juta" comments are bots (the model's money-ask reason), a
/// daughter's real new number in the "Hi Mum" scam's own words, and a question quoting a
/// lookalike link.
/// Then one more question quoting a lookalike link (set 200), and a dressmaker's pre-order with
/// a 50 % deposit to the shop's account (set 203): the deposit-first words of classifieds fraud.
const KNOWN_FALSE_ALARMS: [&str; 75] = [
    "ind17-161",  // "clutch 1v3 wkwk auto maxwin kontennya"
    "ind36-124",  // "Hati-hati #ModusPenipuan Lebaran! ❌ "Selamat Anda pemenang undian …""
    "ind51-176",  // "dari alamat aneh airbnb-host-payouts.help. Itu PALSU ya."
    "ind54-166",  // "@dewi88 iya kak, skrg aku cuma beli dr toko yg ada di marketplace."
    "ind59-207", // "Pembayaran qurban kolektif Masjid Al-Ikhlas … Transfer ke rek BSI 7156228319 a.n. DKM"
    "ind60-177", // "saya dapat SMS … validasi NPWP lewat link coretax-pajak-verifikasi.com. Itu resmi gak ya?"
    "ind67-83", // "Why is every comment under Bali travel vlogs full of slot ads like 'G A C O R 8 8'?"
    "ind67-204", // "sy td dpt SMS 'BRImo poin anda hangus' suruh klik link bri-poin-travel.xyz. … Itu bener dr bank gk?"
    "ind32-191", // "uangnya kurang 2jt nih, tolong transfer dulu ke rekening kakak … Kalau ragu telpon kakak aja"
    "ind73-157", // "link pembayaran booking fee dr sistem developer ya: https://pay.grandcempaka.co.id/inv/88412"
    "ind99-184", // "Bu maaf sy salah transfer 50rb ke rek ibu tadi, harusnya ke rek adek sy. Boleh dikembalikan?"
    "ind89-8", // "Guys pls be careful, my dad got this: 'DBS: … reactivate at dbs-secure-login.com'. It's a scam"
    "ind109-10", // "halo pak de, iki aku Tono, nomer iki sing biasa kok pak de. aku mau njaluk tulung …"
    "ind123-153", // "ini penipuan bukan sih? aku dapet sms katanya poin BRImo hangus … brimo-poin-xxx.com"
    "ind124-121", // "Ini penipuan bukan ya? Ada chat … ngaku dari Tokopedia … suruh klik tokopedia-konfirmasi.id"
    "ind128-114", // "Pak, td ada SMS 'paket tertahan, update alamat di jnt-express-id.cek-resi.xyz'. Itu penipuan ya pak?"
    "ind132-84", // "jadi td ada sms "Paket anda tertahan, update alamat di jnt-express-id.info". … fix penipuan ya?"
    "ind132-210", // "Is this a scam? I got a text "USPS: package on hold, update address at usps-care.top"."
    "ind139-93", // "Ini aku copas SMS yg masuk ke hp nenek: 'Selamat No anda dpt hadiah 100jt dr BRI, klik bri-undian.com'"
    "ind144-152", // "Pak, sy mau izin tanya, ini link ojk-perlindungan-nik.com beneran punya OJK?"
    "ind144-155", // "Mom forwarded me this: "Your NIK is being used … block it at ojk-perlindungan-nik.com". Told her it's phishing"
    "ind148-34", // "Mas, kalau jadi ambil Vario saya 14jt, DP dulu 500rb aja … Rek BNI a.n. Rudi Santoso 0451-2287-33"
    "ind148-138", // "Ada yg tau gak, link prakerja-insentif.id itu resmi? … Kok aneh ya"
    "ind149-133", // "Can you send me the code that just came to your phone? I'm logging into Mum's Netflix …"
    "ind150-97", // "Pendaftaran qurban 1446H … transfer ke rek masjid BSI 7012345690 a.n. Masjid Al Furqon Cibubur"
    "ind152-15", // "Is this legit? Someone DMed me saying I won a Roblox giveaway … roblox-anniv-gift.com"
    "ind153-18", // "Ma, aku butuh 500rb buat beli bahan praktikum tata boga … Transfer ke rekening BNI aku aja"
    "ind153-116", // "pelatihan digital marketing gratis dari Diskominfo … Daftar via bit.ly/pelatihan-umkm-kominfo"
    "ind157-218", // "Bu ini penipuan bukan sih? Aku dapet WA katanya dr BPJS … klik link bpjs-kesehatan-aktivasi.com"
    "ind159-110", // "Ini beneran dari BRI ga sih? 'Akun anda login dr perangkat lain, verifikasi di brimo-verifikasi.id'"
    "ind168-150", // "Kak maaf mau tanya, ini beneran dari Shopee gak ya? '… klaim di s.hopee-klaim.id'. Linknya aneh"
    "ind175-209", // "postingan jualan gw dapet komen 'K̲O̲P̲I̲W̲I̲N̲7̲7̲ gacor' gitu. Gimana cara matiin komen …"
    "ind175-216", // "Tolong isiin pulsa 50rb ke nomor Ayah ya buat paket internet"
    "ind179-144", // "Timnas maxwin malam ini 😂🇮🇩 3-0 bos!"
    "ind9-125", // "Pengajuan pinjaman Anda disetujui. Dana Rp3.000.000 akan dicairkan ke rekening atas nama Anda …"
    "ind24-150", // "thanks for the proposal! I've attached the brief … Budget is $1,200 fixed, split into 3 milestones"
    "ind28-172", // "tagihan IPL & air Mei Rp845.300. Bayar via VA BCA 12890-1507 a.n. PPPSRS … paling lambat 20 Mei"
    "ind124-137", // "Kak tf ya 1.350.000 buat pelunasan sofa nya … Rek BCA toko: 8720381192 a.n CV Mebel Jepara Indah"
    "ind172-189", // "iCloud Storage Is Full. This iPhone can't be backed up because there is not enough iCloud storage"
    "ind187-158", // "Uti, aku boleh minta tolong beliin pulsa 25rb? Kuotaku habis buat tugas online"
    "ind193-135", // "aku Dita (IG @ditamakan, 48k) … Rate ku 1 reels 750rb, bayarnya setelah konten tayang"
    "ind194-198", // "Hi Mum, it's Jess on my new number!! Finally upgraded 🎉 save this one and delete the old one"
    "ind194-211", // "Is this a scam? Text from 'Royal Mail' … the link is royalmail-redeliver-uk.com"
    "ind197-161", // "Yg komen 'modal 20rb jadi 7 juta' itu bot ya? Kok isinya sama semua cuma beda nama situs"
    "ind200-208", // "anyone got this sms 'your Singpass account will be suspended' ah? … the link is sg-singpass-verify.com"
    "ind203-178", // "Open PO kebaya custom, DP 50% via rek BCA a/n Rumah Jahit Sekar, pelunasan setelah foto hasil jadi"
    "ind206-153", // "petugas PDAM beneran dateng … ada surat tugas. Gratis, cuma tanda tangan berita acara"
    "ind207-178", // "Your deposit of £1,150 has been protected with the deposit protection scheme … Oakwell Lettings"
    "ind213-218", // "Kasus penipuan berkedok pinjaman tanpa agunan meningkat. Korban diminta membayar biaya administrasi …"
    "ind215-219", // "mummy forward me one wedding invite apk thing from her church group. I told her delete already"
    "ind23-131", // "J&T Express: Paket … sedang diantar oleh kurir Sdr. Yoga (0857-…). Mohon siapkan uang pas utk COD" (model, contact)
    "ind61-117", // "Dibutuhkan SEGERA donor darah golongan O+ … CP keluarga: Agus 0812-…" (model, contact)
    "ind210-208", // "Petugas penagihan yang bersangkutan telah dinonaktifkan … melalui nomor resmi 021-…" (model, contact)
    "ind218-141", // "tolong hapus komen2 yg pake nama 𝐒𝐄𝐍𝐉𝐀 itu dong" (a complaint quoting the styled name)
    "ind218-148", // "Jangan percaya yg bilang 'WD lancar'"
    "ind218-154", // "Nonton sambil nunggu saldo ojol bisa di-WD" (a driver's balance: WD as judol says it)
    "ind218-155", // "tips biar WD saldo driver gak kena potongan gede?"
    "ind218-161", // "tolong tangkep juga yg bikin akun2 pake nama 'K I L A T 8 8' itu"
    "ind218-164", // "Hati2 sama yg janji profit tetap tiap hari ya guys, cek dulu izinnya di OJK"
    "ind218-189", // "liat yg pake logo sama tapi ada angka 77 di belakangnya. Yg asli cuma satu ya"
    "ind219-135", // "Open pulsa & paket data … Bisa bayar QRIS, DANA, atau transfer. Chat aja kak." (model, asks)
    "ind222-182", // "td ada yg kirim 'Surat Panggilan.apk' ke aku, langsung aku blokir"
    "ind222-199", // "Pinjaman Anda … telah dicairkan ke rekening ****5521. … Terdaftar & diawasi OJK."
    "ind222-203", // "Tips: … matikan 'Instal aplikasi tidak dikenal' … file .apk kiriman orang"
    "ind225-167", // "ada akun IG palsu 'livin.mandiri.care' yang balesin komen" (the fake account's name is a lookalike)
    "ind225-175", // "aku udah balikin yg salah kirim kemarin ya 350rb, lewat BCA"
    "ind225-197", // "#SobatBCA, kenali ciri link palsu: domain aneh seperti bca-xxx.com, web.app"
    "ind225-205", // "the link was brimo-something.web.app" (a question quoting the link)
    "ind238-170", // "Courier companies will never call asking for the code you just received by SMS."
    "ind238-203", // "Aduh aku hampir ketipu … Pas dicek alamatnya shopee-verifikasi-id.xyz" (the lookalike link)
    "ind238-217", // "Pa ini SMS 'Selamat! Nomor anda menang undian … PIN pemenang (X7Y2)' bener gak?"
    "ind239-54", // "The embassy visa fee is $185, I already paid it. I just need your signature" (model, asks)
    "ind239-113", // "Mom wants to meet you on video this Sunday" (a prize line's "wants to meet you")
    "ind243-140", // a group warning naming the phishing link it warns of (tokopedia-cashback.site): the link itself is judged
    "ind246-76", // "tolong transfer pulsa 20rb ke nomor ibu ya": a mother's own pulsa request reads as the new-number one
];

#[test]
fn independently_written_scams_warn_and_benign_messages_stay_quiet() {
    let engine = Engine::with_default_pack().expect("default pack");
    let fixture = include_str!("fixtures/messages/independent.jsonl");
    // Per set: scams, scams that warned.
    let mut sets: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    for line in fixture.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("fixture line is JSON");
        let text = case["text"].as_str().expect("text");
        let lang = if case["lang"] == "en" {
            Lang::En
        } else {
            Lang::Id
        };
        let warned = engine.scan_text(text, lang).level >= Level::Warning;
        if case["label"] == 1 {
            let set = sets
                .entry(case["set"].as_str().expect("set").to_string())
                .or_default();
            set.0 += 1;
            set.1 += usize::from(warned);
            if !warned {
                missed.push(format!("set {} {} {text}", case["set"], case["family"]));
            }
        } else if warned != KNOWN_FALSE_ALARMS.contains(&case["id"].as_str().expect("id")) {
            // A benign message that warns, or a known false alarm that no longer does (take it
            // off the list).
            false_alarms.push(text.to_string());
        }
    }
    let scams: usize = sets.values().map(|s| s.0).sum();
    assert!(scams >= 930, "fixture holds {scams} scams");
    assert!(
        false_alarms.is_empty(),
        "benign messages warned (or a known false alarm no longer does):\n{}",
        false_alarms.join("\n")
    );
    for (set, floor) in FLOORS {
        let (n, caught) = sets.get(set).copied().unwrap_or_default();
        assert!(
            n > 0 && caught * 100 >= n * floor,
            "set {set}: {caught} of {n} scams warned, below {floor} %; missed:\n{}",
            missed.join("\n")
        );
    }
}
