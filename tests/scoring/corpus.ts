import type { Dimension } from '../../src/domain/scoring/score-types.ts';

/**
 * The labelled corpus: replies written across the five scenarios, in pairs where the first is
 * better than the second on the named dimension ("better" means less defensive, or more credible,
 * or more professional). Each pair shares its context: the scenario and the manager's line.
 */
export interface LabelledPair {
  scenario: string;
  managerLine: string;
  previous?: string[];
  dimension: Dimension;
  better: string;
  worse: string;
}

const p = (scenario: string, managerLine: string, dimension: Dimension, better: string, worse: string, previous?: string[]): LabelledPair => ({ scenario, managerLine, dimension, better, worse, previous });

const COH = 'change-of-heart';
const WHY = 'ask-why';
const APP = 'appeal';
const RTT = 'request-to-talk';
const PTS = 'past-the-screener';

export const PAIRS: LabelledPair[] = [
  // change-of-heart
  p(COH, 'Priya Raman.', 'professionalism', "Hi Priya, it's Sam Carter. Thanks for picking up. I'm calling about the analyst offer. Is now a good time?", 'yo its sam. about that job thing'),
  p(COH, 'Priya Raman.', 'professionalism', "Good morning Priya, this is Sam Carter. Do you have a couple of minutes?", 'Sam here. We need to talk about the job.'),
  p(COH, 'Priya Raman.', 'professionalism', "Hi Priya, Sam Carter here. I wanted to follow up on the offer, if you have a moment.", 'Hey there, buddy! Sam here, lol.'),
  p(COH, "Okay. So what changed? Last time we spoke, the commute was the deal-breaker.", 'credibility', 'Cobalt withdrew their offer on the 14th after a restructure, and my partner starts a hybrid job in March, so the commute now works three days a week.', 'Things changed, you know, for personal reasons.'),
  p(COH, "Okay. So what changed? Last time we spoke, the commute was the deal-breaker.", 'credibility', 'The other offer fell through on the 14th. I should have said yes to you the first time, and I know that.', 'Honestly, trust me, I just feel like it is the right thing now.'),
  p(COH, "Okay. So what changed? Last time we spoke, the commute was the deal-breaker.", 'credibility', "You're right that the commute was my reason. My partner's new job means we can share the car, so it's now 35 minutes.", 'I never said the commute was the problem.'),
  p(COH, "Okay. So what changed? Last time we spoke, the commute was the deal-breaker.", 'defensiveness', "That's fair to ask. The other role was withdrawn after a restructure, and I've had time to think about what I actually want.", "Are you saying I can't change my mind? I don't see why I have to explain myself."),
  p(COH, "Okay. So what changed? Last time we spoke, the commute was the deal-breaker.", 'defensiveness', 'I understand why you would ask. Cobalt withdrew the offer, and your team was my first choice on the work itself.', "With all due respect, that's my business. Things changed."),
  p(COH, "I'm going to be straight with you: that's a bit vague. Did the other offer fall through?", 'credibility', 'Yes, it did. Cobalt restructured and withdrew the role on the 14th. That made me look again, and your team was the one I kept thinking about.', 'Kind of, maybe, I guess it sort of did.'),
  p(COH, "I'm going to be straight with you: that's a bit vague. Did the other offer fall through?", 'defensiveness', "Yes, it did, and that's on me for not being clearer just now.", "Why does that matter? You're acting like I did something wrong."),
  p(COH, "My honest worry is that we're your second choice. Why would you stay this time?", 'defensiveness', "That's a fair worry. I'd feel the same. What I can tell you is that I turned down Cobalt's counter-offer last year to stay on a team I believed in, and I stayed three years.", "I'm sorry you feel that way, but I was always going to pick you eventually."),
  p(COH, "My honest worry is that we're your second choice. Why would you stay this time?", 'credibility', 'Fair question. In four rounds your team was the only one that showed me real data problems, like the freight forecasting model. That is the work I want to do for the next five years.', "I'm the perfect fit, the best candidate you'll ever find, 110% committed."),
  p(COH, "My honest worry is that we're your second choice. Why would you stay this time?", 'professionalism', "I understand the concern, and thank you for saying it plainly. I would commit to the role fully.", "Look, if you can't trust me, then I'm done. Take it or leave it."),
  p(COH, "Alright. I can't promise anything. If this went anywhere, when could you start?", 'credibility', 'I could start on Monday the 3rd. I have no notice period to serve.', "I'm really excited about the team and the culture."),
  p(COH, "Alright. I can't promise anything. If this went anywhere, when could you start?", 'professionalism', 'I could start on the 3rd, or sooner if that helps. Thank you for considering it.', "I need an answer by today or I'm taking something else."),
  p(COH, "I'm sorry. We've moved on. We made an offer to another candidate on Friday and she's accepted.", 'professionalism', "I understand. Thank you for telling me, and for your time. I hope our paths cross again.", 'Fine.'),
  p(COH, "I'm sorry. We've moved on. We made an offer to another candidate on Friday and she's accepted.", 'defensiveness', "That's completely understandable. Thank you for being straight with me.", "Wow, okay. Thanks a lot. You could have waited a day."),
  p(COH, "I'm sorry. We've moved on. We made an offer to another candidate on Friday and she's accepted.", 'defensiveness', 'I respect the decision. Congratulations to her, and thank you for hearing me out.', "That's not fair. I deserve to know why you didn't wait."),
  p(COH, "I'm sorry. We've moved on. We made an offer to another candidate on Friday and she's accepted.", 'professionalism', 'Thank you, Priya. I appreciate your candour. If anything changes, I would love to hear from you.', "Whatever. Your loss. I'm going to post about this on Glassdoor."),
  p(COH, "Look, I've got a meeting in two minutes. I don't think this is going anywhere.", 'professionalism', "Of course. Thank you for taking the call. Have a good meeting.", 'This is ridiculous. You are being so rude right now!!!'),
  p(COH, 'Hi, you\'ve reached Priya Raman at Harbor and Pine. Leave me a message.', 'professionalism', "Hi Priya, it's Sam Carter. I've given the analyst offer more thought and would like to talk about it. You can reach me on 555-0142. Thank you.", "Hi, um, it's me, so, um, basically I was thinking about stuff and like, the job, and I guess, um, maybe we could, like, talk or whatever, you know, anyway, call me."),
  p(COH, 'Harbor and Pine, this is Marcus.', 'professionalism', "Good morning Marcus, this is Sam Carter. Could I speak to Priya Raman, please? It's about the analyst role.", 'Put me through to Priya. Now.'),
  p(COH, 'Harbor and Pine, this is Marcus.', 'defensiveness', 'Hi Marcus, Sam Carter calling for Priya, if she is available.', "Don't give me the runaround. Who do you think you are, screening her calls?"),
  p(COH, "You know what? The other finalist hasn't signed. Could you start Monday?", 'professionalism', 'Yes, I can start Monday. Thank you so much, Priya. I look forward to it.', 'yeah ok sure i guess lol'),
  p(COH, 'Oh. Hi. I\'ll be honest, I didn\'t expect to hear from you again. What\'s going on?', 'credibility', "I've thought again about your offer. When I declined, I'd accepted a role at Cobalt, and they withdrew it after a restructure. I'd like to ask whether the role is still open.", "I just had a rethink and stuff came up, and so on."),
  // ask-why
  p(WHY, 'Tom Becker.', 'professionalism', "Hi Tom, this is Jordan Avery. I interviewed for the customer success lead role. Do you have two minutes?", 'hey tom its jordan. why didnt i get the job'),
  p(WHY, 'Oh, hi. Yes, I remember. I\'m sorry it didn\'t work out. What can I do for you?', 'defensiveness', "Thank you. I'm not calling to change anything. I'd value any feedback on what I could strengthen for next time.", 'I deserve to know why you picked someone else over me.'),
  p(WHY, 'Oh, hi. Yes, I remember. I\'m sorry it didn\'t work out. What can I do for you?', 'defensiveness', "I understand the decision's made. What would have made the difference in my application?", 'I want you to reconsider my application. You made a mistake.'),
  p(WHY, 'Oh, hi. Yes, I remember. I\'m sorry it didn\'t work out. What can I do for you?', 'defensiveness', "I'd love to hear any advice you have. What could I improve?", "Your recruiter never told me anything, so I'm calling you. That process was a joke."),
  p(WHY, 'Oh, hi. Yes, I remember. I\'m sorry it didn\'t work out. What can I do for you?', 'professionalism', 'Thank you, Tom. Could I ask what I could strengthen for next time?', 'Why did you people reject me? Seriously?'),
  p(WHY, 'Sure. Honestly, it was close. The other candidate had more experience with enterprise renewals.', 'defensiveness', "That makes sense. Thank you for telling me. What would you suggest I focus on to build that?", 'But I have enterprise experience! You just didn\'t ask the right questions.'),
  p(WHY, 'Sure. Honestly, it was close. The other candidate had more experience with enterprise renewals.', 'defensiveness', "That's fair. I can see why that would matter for this team.", "Are you serious? I had more experience than anyone on that panel."),
  p(WHY, 'Sure. Honestly, it was close. The other candidate had more experience with enterprise renewals.', 'defensiveness', 'I appreciate you being candid. Is there anything I could do to build renewal experience?', "Sorry if that came across wrong in the interview, but I think the panel was biased."),
  p(WHY, 'Sure. Honestly, it was close. The other candidate had more experience with enterprise renewals.', 'professionalism', 'Thank you, that is genuinely useful. I appreciate your honesty.', 'ok. whatever. thx'),
  p(WHY, "If I'm honest, your churn case answer went long and we never heard the result. Lead with the outcome, then the story.", 'credibility', 'That is helpful. For what it is worth, I cut churn on my book of 40 accounts from 11% to 6% in a year. I will lead with that next time.', 'I have extensive experience and significant results in churn, trust me.'),
  p(WHY, "If I'm honest, your churn case answer went long and we never heard the result. Lead with the outcome, then the story.", 'defensiveness', "That's fair, and thank you. I can see how the result got lost. I'll lead with it next time.", "Well, in my defense, the panel kept interrupting me, so it's not my fault."),
  p(WHY, "If I'm honest, your churn case answer went long and we never heard the result. Lead with the outcome, then the story.", 'professionalism', "Thank you. That's exactly the kind of feedback I was hoping for.", "So you're basically saying I talk too much. Great. Thanks for nothing."),
  p(WHY, "I'm afraid our policy is that we don't give detailed feedback on interviews. I'm sorry.", 'defensiveness', 'I completely understand. Thank you for taking the call anyway.', "That's ridiculous. You owe me an explanation."),
  p(WHY, "I'm afraid our policy is that we don't give detailed feedback on interviews. I'm sorry.", 'defensiveness', "No problem at all. Is there anything in general you'd suggest I work on?", "I'll take this to your CEO if I have to."),
  p(WHY, "I'm afraid our policy is that we don't give detailed feedback on interviews. I'm sorry.", 'professionalism', 'I understand, and I appreciate you telling me directly. Have a good week.', 'OK.'),
  p(WHY, "I'm sorry, the decision's been made and the offer's been accepted. That's not going to change.", 'professionalism', "Of course, I understand. Thank you for your time, Tom, and I hope our paths cross again.", "Fine, whatever."),
  p(WHY, "I'm sorry, the decision's been made and the offer's been accepted. That's not going to change.", 'defensiveness', 'I understand. I respect that. Thank you for telling me.', "I'm sorry, but that makes no sense. Give me another chance."),
  p(WHY, "I'll be honest, I liked you. Would you want me to keep you in mind?", 'professionalism', 'Yes, I would really like that. Thank you, Tom, for your time and your candour. Please keep in touch.', 'yeah sure whatever works'),
  p(WHY, 'Hi, this is Tom. I\'m away from my desk. Please leave a message.', 'professionalism', "Hi Tom, it's Jordan Avery, from the customer success lead interviews. I'd value two minutes of feedback when you have time. My number is 555-0188. Thank you.", 'Hi Tom. Call me back.'),
  p(WHY, 'Hi, this is Tom. I\'m away from my desk. Please leave a message.', 'professionalism', "Hi Tom, Jordan Avery here. Thanks for the interview last week. If you have two minutes for feedback, you can reach me on 555-0188.", "Hi Tom, it's Jordan, I interviewed for the customer success role and I've been thinking a lot about it because I really wanted it and I think I did well, although the case study was maybe long, and I wanted to understand what happened because honestly I was surprised, since the recruiter seemed positive, and I've been applying to a lot of places, and it's been a tough few months, and I'd really just like to know, so if you could call me back that would be great, and also if there's anything else opening up I'd love to hear about it, and I'm free most days, so any time works."),
  p(WHY, 'Hello, Tom Becker speaking.', 'professionalism', "Hi Tom, it's Jordan Avery. I'm calling about the customer success lead role. Is now a good time?", "Hi Tom, sorry, I'm so sorry to bother you, sorry, I know you're busy, sorry."),
  p(WHY, 'Does that help?', 'credibility', 'Yes, it does. I will practise leading with the result, like the 11% to 6% churn drop.', 'Yeah, I guess, kind of, maybe.'),
  p(WHY, 'Great. Anything else before I jump into my next meeting?', 'professionalism', 'No, that is everything. Thank you again, Tom. Have a great meeting.', 'nah'),
  p(WHY, 'Look, I gave you an honest answer. I\'m not going to argue about it.', 'defensiveness', "You're right, and I'm sorry. Thank you for your honesty.", "I'm not arguing! You're the one being defensive."),
  // appeal
  p(APP, 'Renée Okafor.', 'professionalism', "Hi Renée, this is Casey Morgan. I applied for the operations coordinator role. Do you have two minutes? I left out something relevant.", 'You rejected me and I want to know why.'),
  p(APP, 'Hello. I\'m a bit pressed for time. What\'s this about?', 'credibility', 'I left something relevant off my resume: I was treasurer of the Eastside Food Co-op for four years, running a $180,000 budget with two clean audits.', 'I have extensive experience with finances and a proven track record.'),
  p(APP, 'Hello. I\'m a bit pressed for time. What\'s this about?', 'defensiveness', "I understand the decision. I wanted to share one piece of experience I didn't mention, in case it's relevant.", "I think you made the wrong decision. I know what this job needs better than your panel."),
  p(APP, 'Hello. I\'m a bit pressed for time. What\'s this about?', 'defensiveness', "I'll be quick. I should have mentioned my treasurer experience, and I'd like to ask whether it might change anything.", "You need to understand that your screening process is unfair to people like me."),
  p(APP, 'Okay, but what experience, specifically?', 'credibility', 'I was treasurer for the Eastside Food Co-op for four years. I did the books in QuickBooks weekly, managed a $180,000 budget, and we passed two external audits.', 'Various financial projects, basically, lots of stuff with numbers.'),
  p(APP, 'Four years as treasurer? That would have been useful to know. Why wasn\'t it on your resume?', 'credibility', "I left it off because it was volunteer work, and I didn't think it counted. That was a mistake on my part.", 'It was on there. You must have missed it.'),
  p(APP, 'Four years as treasurer? That would have been useful to know. Why wasn\'t it on your resume?', 'defensiveness', "That's fair. I should have included it. I left it off because it was volunteer work.", "Well, nobody asked me! The recruiter didn't ask the right questions."),
  p(APP, 'Four years as treasurer? That would have been useful to know. Why wasn\'t it on your resume?', 'professionalism', 'Because it was volunteer work. My mistake. I would be happy to send an updated resume.', "Ugh, I'm such an idiot, I always mess things up, I'm so stupid, sorry, sorry."),
  p(APP, 'Tell me a bit more. Were you reconciling accounts yourself? Which software?', 'credibility', 'Yes, I reconciled the accounts myself every week in QuickBooks, and prepared the monthly reports for the board.', "I'm really passionate about finance and I'm a fast learner and a team player."),
  p(APP, 'Tell me a bit more. Were you reconciling accounts yourself? Which software?', 'credibility', 'I did the reconciliations myself, weekly, in QuickBooks, for four years.', 'Honestly it is kind of hard to say, sort of both, I guess.'),
  p(APP, "I'm sorry. I don't think it changes our decision.", 'professionalism', "I understand. Thank you for hearing me out, Renée. I hope our paths cross again.", 'This is a joke. Your loss.'),
  p(APP, "I'm sorry. I don't think it changes our decision.", 'defensiveness', 'I respect that. Thank you for considering it.', "I don't accept that. I'll be contacting your director about this."),
  p(APP, "I'm sorry. I don't think it changes our decision.", 'defensiveness', 'I understand the decision. I appreciate you taking the time to listen.', "Sorry you feel that way, but you're wrong."),
  p(APP, "I'm not going to debate the decision with you. We reviewed every application carefully.", 'defensiveness', "You're right, and I'm not trying to debate it. Thank you for your time.", "What more do you want from me? I'm clearly the better candidate."),
  p(APP, 'Can you send me an updated resume with the treasurer role on it?', 'professionalism', 'Yes, of course. I will send it this afternoon. Thank you, Renée.', 'ok k'),
  p(APP, 'Can you send me an updated resume with the treasurer role on it?', 'credibility', 'Yes. I will send it by 3pm today, with the co-op budget and audit results at the top.', 'Maybe, I guess, sort of, at some point.'),
  p(APP, 'You know, that changes the picture. Could you come in Thursday?', 'professionalism', 'Yes, Thursday works well. Thank you so much. What time suits you?', 'yeah whatever time lol'),
  p(APP, 'Hi, this is Renée. Leave a message and I\'ll call you back.', 'professionalism', "Hi Renée, it's Casey Morgan, about the operations coordinator role. I left out four years as treasurer of a food co-op with a $180,000 budget. I'd welcome a quick call on 555-0131. Thank you.", 'Hey, call me back, it is important!!!'),
  p(APP, 'Hello, this is Renée.', 'defensiveness', 'Hi Renée, Casey Morgan here. Thank you for taking my call. I have one piece of information I left out.', 'Hi. I was rejected and I think that was a mistake on your part.'),
  p(APP, 'Hello. I\'m a bit pressed for time. What\'s this about?', 'professionalism', "I'll be brief. I'm calling about the operations coordinator role: I left out relevant bookkeeping experience. Would you have two minutes?", 'Listen, the fact is you rejected me and I am not happy about it.'),
  // request-to-talk
  p(RTT, "Hi, is this Alex? It's Jordan Lee from Brightline. Have you got a few minutes?", 'professionalism', "Hi Jordan, yes, thanks for calling. I'm glad to talk.", 'What do you want?'),
  p(RTT, "Hi, is this Alex? It's Jordan Lee from Brightline. Have you got a few minutes?", 'professionalism', 'Yes, of course. Thank you for reaching out, Jordan.', 'ugh fine, make it quick'),
  p(RTT, "We were really disappointed you said no. Can we talk about the offer? What would it take?", 'credibility', 'Thank you. Two things: the base was $92,000 and I have an offer at $101,000, and the other role is Senior, which matches my five years and the design system I led.', 'I just want more, you know, better stuff in general.'),
  p(RTT, "We were really disappointed you said no. Can we talk about the offer? What would it take?", 'professionalism', "I appreciate you asking. I'd be glad to talk. For me it's the base and the level.", "You lowballed me, so pay me what I'm worth or I'm out. Final offer."),
  p(RTT, "We were really disappointed you said no. Can we talk about the offer? What would it take?", 'defensiveness', "Thank you for calling. I'd honestly prefer Brightline's product. The gap was the base and the title.", 'Well, your offer was insulting, frankly. Did you really think I would accept that?'),
  p(RTT, "Can I ask, was it the money? Be straight with me, I'd rather know.", 'credibility', 'Partly. The other offer is $101,000 as Senior, and it expires Friday. If Brightline could get close, I would choose you.', 'Sort of, maybe, kind of a mix of things, I guess.'),
  p(RTT, "Can I ask, was it the money? Be straight with me, I'd rather know.", 'credibility', 'Yes, mainly the base salary, and the level.', "It's complicated, and there are a number of reasons."),
  p(RTT, "Can I ask, was it the money? Be straight with me, I'd rather know.", 'professionalism', "Yes, mostly. Thank you for asking directly. I'd like to find a way to make it work.", 'Obviously it was the money, what do you think?'),
  p(RTT, "Okay, that's helpful. I can't promise that number, but I can take it to finance. Is pay the only thing?", 'credibility', 'Pay and level. With five years and the design system work, Senior is where I am now, so a step down would be hard.', "I'm the best designer you'll ever hire, trust me."),
  p(RTT, "Okay, that's helpful. I can't promise that number, but I can take it to finance. Is pay the only thing?", 'professionalism', "That's the main thing, plus the title. Thank you for taking it to finance.", 'I need an answer today or I walk.'),
  p(RTT, "We can up-level the role to Senior at a hundred thousand. Does that work?", 'professionalism', 'Yes, that works. Thank you, Jordan. I accept, and I look forward to it.', 'yep ok cool'),
  p(RTT, "We can up-level the role to Senior at a hundred thousand. Does that work?", 'credibility', 'Yes. At Senior and $100,000 I would accept today and could start on the 3rd.', 'Maybe, I guess, I kind of need to think about things.'),
  p(RTT, "Ah. Well, congratulations, genuinely. Can I ask what tipped it?", 'professionalism', "Thank you, Jordan. It was the level and the base. I really appreciated how you handled the process, and I'd like to stay in touch.", 'None of your business.'),
  p(RTT, "Ah. Well, congratulations, genuinely. Can I ask what tipped it?", 'defensiveness', 'Of course. It was the title and pay. I really appreciate you reaching out.', "Honestly? Your offer was a joke. You should have offered more."),
  p(RTT, "Okay. I'm getting the feeling this isn't a conversation you want to have.", 'professionalism', "I'm sorry, that came out wrong. I appreciate the call, and I'd like to keep the door open.", 'Yeah. Bye.'),
  p(RTT, "I probably can't get all the way there. I might get you halfway. Would you consider that?", 'defensiveness', 'I would consider it. Thank you for trying. Could you send it in writing so I can compare properly?', "Halfway? Are you kidding me? That's insulting."),
  p(RTT, "Fantastic. I'll get the revised offer over today. Could you start on the third?", 'credibility', 'Yes, the third works. I will sign as soon as the letter arrives.', 'I think so, maybe, possibly, if things work out.'),
  // past-the-screener
  p(PTS, 'Plant engineering, Mike Duran\'s line, this is Jen.', 'professionalism', "Hi Jen, this is Riley Chen. Luis Ortega suggested I call Mike about the maintenance engineer role. Is he available, please?", 'I need Mike. Put me through.'),
  p(PTS, 'Plant engineering, Mike Duran\'s line, this is Jen.', 'defensiveness', "Hi Jen, Riley Chen calling. Luis Ortega suggested I speak to Mike. Could you let him know?", "Your HR people rejected me without even reading my application, so I'm going over their heads."),
  p(PTS, 'And can I ask what it\'s regarding?', 'professionalism', 'Of course. The maintenance engineer role: I cut unplanned downtime by 40% at Crestline Packaging, and Luis thought Mike would want to hear it.', "It's private. Just put me through."),
  p(PTS, 'Mike Duran.', 'professionalism', "Hi Mike, it's Riley Chen. Luis Ortega suggested I call. Do you have a minute?", 'Hey Mike, sup. Got a sec?'),
  p(PTS, 'Okay. HR handles our screening, you know. Why are you calling me?', 'credibility', "Luis mentioned you're fighting line downtime. At Crestline Packaging I cut unplanned downtime by 40% in 14 months with a predictive schedule from vibration data.", 'I just really want an interview. I am a hard worker and a team player.'),
  p(PTS, 'Okay. HR handles our screening, you know. Why are you calling me?', 'defensiveness', "I respect HR's process. I'm calling because I think I could help with the downtime problem Luis mentioned.", "Because your HR screener clearly didn't read my application. The process is broken."),
  p(PTS, 'Okay. HR handles our screening, you know. Why are you calling me?', 'defensiveness', "Understood, and I'm not asking you to go around them. I wanted to share one result that fits what you need.", "Are you telling me you just trust whatever HR says?"),
  p(PTS, 'I get a lot of these calls. What would you actually bring?', 'credibility', 'A 40% cut in unplanned downtime at Crestline Packaging over 14 months, using vibration sensors to schedule maintenance before failures.', 'Numerous projects and extensive maintenance experience across various plants.'),
  p(PTS, 'I get a lot of these calls. What would you actually bring?', 'professionalism', 'Thanks for hearing me out. One result: 40% less unplanned downtime at Crestline.', "Obviously a lot more than whoever HR picked, lol."),
  p(PTS, 'Huh. Forty percent less unplanned downtime is real money. Where was that, and how?', 'credibility', 'At Crestline Packaging. I built a predictive schedule from vibration sensor data and moved bearing changes into planned stops.', 'Basically I improved things a lot, dramatically, it was a huge success.'),
  p(PTS, "Alright. I'm not going to overrule HR on a phone call, but I'll take a look. Send me a short note with those numbers?", 'professionalism', 'I will, today. Thank you, Mike. I appreciate you taking the call.', 'k'),
  p(PTS, "I appreciate the call, but we're going with the shortlist we have.", 'professionalism', 'I understand. Thank you for taking my call, Mike. If anything changes, I would be glad to talk.', 'Your loss, buddy.'),
  p(PTS, "I appreciate the call, but we're going with the shortlist we have.", 'defensiveness', 'That makes sense. Thank you for listening.', "Sorry, but I think that's a mistake and you know it."),
  p(PTS, "I'm not going to second-guess my team over the phone.", 'defensiveness', "That's fair. I respect that. Thank you for your time.", "So HR gets to decide who you hire? That's absurd."),
  p(PTS, 'Mike Duran. Leave a message.', 'professionalism', "Hi Mike, it's Riley Chen. Luis Ortega suggested I call. I cut unplanned downtime 40% at Crestline Packaging. I'm on 555-0199. Thanks.", 'Hey Mike, call me.'),
  p(PTS, 'Actually, forget the e-mail. Can you come in Friday morning and walk the floor with me?', 'professionalism', 'Yes, I would love to. Thank you, Mike. What time works best?', 'sure whatever'),
];

/** Replies whose verdict on one dimension is clear: a manager would hear it as stated. */
export interface ThresholdCase {
  scenario: string;
  managerLine: string;
  text: string;
  expect: Partial<Record<'defensive' | 'notDefensive' | 'credible' | 'doubted' | 'professional' | 'unprofessional', true>>;
}

const t = (scenario: string, managerLine: string, text: string, expect: ThresholdCase['expect']): ThresholdCase => ({ scenario, managerLine, text, expect });

export const THRESHOLDS: ThresholdCase[] = [
  t(COH, 'So what changed?', "I'm sorry you feel that way, but your recruiter never explained the commute. Are you saying I can't change my mind?", { defensive: true }),
  t(WHY, 'What can I do for you?', 'I deserve to know why. Your panel was clearly biased and I will post about this on Glassdoor.', { defensive: true, unprofessional: true }),
  t(APP, "I'm sorry. I don't think it changes our decision.", "With all due respect, you made the wrong decision. What more do you want from me?", { defensive: true }),
  t(PTS, 'Why are you calling me?', 'Because your HR screener failed to read my application, and it was not my fault. How could you let that happen?', { defensive: true }),
  t(RTT, 'Can we talk about the offer?', "Oh great, now you want to talk. Thanks a lot. Are you kidding me?", { defensive: true }),
  t(WHY, 'The other candidate had more experience.', "That's fair. Thank you for telling me. What could I improve for next time?", { notDefensive: true, professional: true }),
  t(COH, "We've moved on.", 'I understand, and I respect the decision. Thank you for your time and candour. I hope our paths cross again.', { notDefensive: true, professional: true }),
  t(COH, 'So what changed?', 'Honestly, things changed, kind of, maybe, I guess. Trust me, I am the best candidate you will ever find.', { doubted: true }),
  t(PTS, 'What would you actually bring?', "I'm a hard worker, a team player, a self-starter, passionate about maintenance, and I give it my all, 110%.", { doubted: true }),
  t(APP, 'What exactly did you leave out?', 'Extensive experience with various projects, you know, and stuff like that, and so on.', { doubted: true }),
  t(COH, 'So what changed?', 'Cobalt withdrew their offer on the 14th after a restructure, and my partner starts a hybrid job in March, so the commute now works three days a week.', { credible: true }),
  t(APP, 'Why wasn\'t it on your resume?', "I left it off because it was volunteer work. I was treasurer of the Eastside Food Co-op for four years, with a $180,000 budget.", { credible: true }),
  t(PTS, 'How did you do it?', 'At Crestline Packaging, over 14 months, I built a predictive schedule from vibration data and cut unplanned downtime by 40%.', { credible: true }),
  t(RTT, 'Can we talk about the offer?', 'THIS IS RIDICULOUS!!! u guys are idiots lol', { unprofessional: true }),
  t(WHY, 'What can I do for you?', 'yo dude wtf, why didnt u hire me, this is bullshit', { unprofessional: true }),
  t(COH, "We've moved on.", 'Whatever. You people are a joke, and honestly I hated my old boss too, and I really need the money for rent.', { unprofessional: true }),
  t(COH, 'Priya Raman.', "Hi Priya, it's Sam Carter. Thanks for taking my call. I'm calling about the analyst offer. Is now a good time?", { professional: true, notDefensive: true }),
  t(RTT, 'Does that work?', 'Yes, that works. Thank you, Jordan. I look forward to starting on the 3rd.', { professional: true, credible: true }),
];
