import { guardPattern, type TextPattern } from "./patterns.js";

// The small curated part of boilerplate recognition (issue #12, design point c): site wordings that block features
// and cross-article evidence miss in a single article. Each pattern matches a *whole* block's text (whitespace
// collapsed), never part of one, so a sentence of the article that quotes such words stays. Every entry names what
// it is for; one line per wording family, not one per site.

/** A curated wording and the reason `--explain` gives for removing a block that is only that. */
export interface BoilerplatePhrase {
	readonly pattern: TextPattern;
	readonly reason: string;
	/**
	 * Only when at least this share of the block's text is link text ("In other news: <a>…</a>"); the same words as
	 * prose stay.
	 */
	readonly minLinkShare?: number;
}

/** Whole-block wordings that are never article text. */
const BOILERPLATE_PHRASES: readonly BoilerplatePhrase[] = [
	{ pattern: /^read or share this story:?(?:\s+\S+)?$/i, reason: "share prompt" },
	// Share buttons, one or a row of them ("Share on Facebook Share on Twitter"), in the languages of the news wirefeed
	// republishes ("Поделиться", "Поділитися", "Dalintis", "Dalīties", "Teilen", "Artikel teilen", "Partager", "Compartir", "Condividi",
	// "Compartilhe", "Partager sur Facebook").
	{
		pattern:
			/^(?:(?:share|share this(?: story| article)?|share on (?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit)|tweet|tweet this|pin(?: it)?|email|email this|print|print this (?:article|story|page|post)|like this|click to (?:share on [a-z+]{1,20}|email (?:this|a link) to a friend|print)(?: \(opens in new window\))?|поделиться|поділитися|dalintis|pasidalinti|dalīties|teilen|artikel teilen|beitrag teilen|partager|compartir|condividi|compartilhe|compartilhar|partilhar|udostępnij|(?:partager|compartir|condividi|compartilhe|teilen|udostępnij) (?:sur|en|su|no|auf|na) (?:facebook|twitter|x|linkedin|whatsapp|telegram)):?(?:\s+|$))+$/i,
		reason: "share button",
	},
	// A tabloid's prompt under the story ("Share or comment on this article") and a newspaper's link to its syndication
	// desk ("Reuse this content"): the page's buttons.
	{ pattern: /^share or comment on this (?:article|story|post)$/i, reason: "share prompt" },
	{ pattern: /^reuse (?:this )?content$/i, reason: "syndication link" },
	// A broadcaster's share panel, a line a button: "Share this with Email Facebook Messenger Twitter …", "Copy this
	// link", "These are external links and will open in a new window". Only the networks' names after "Share this
	// with", so "Share this with your neighbours, …" stays.
	{
		pattern:
			/^share this with(?: (?:email|e-mail|facebook|messenger|twitter|x|pinterest|whatsapp|linkedin|reddit|telegram|sms))+$|^copy (?:this |the )?link$|^(?:these are|this is an?) external links? and will open in a new (?:window|tab)\.?$/i,
		reason: "share button",
	},
	// The page's button to its comment section: "View Comments", "Show comments (12)", "12 Comments".
	{
		pattern: /^(?:(?:view|show|hide|load|read|see)(?: all| the)? comments?(?: \(\d+\)| \d+)?|\d+ comments?)$/i,
		reason: "comments button",
	},
	// The label of Getty Images' embed code, above the player (the player is the photo's link, embeds.ts).
	{ pattern: /^embed from getty images$/i, reason: "embed label" },
	// A newspaper's note under the web copy of a print story, with its links: "A version of this article appears in print
	// on May 3, 2016, on page C1 … Order Reprints | Today's Paper | Subscribe". Present tense and "on" a date, so a
	// sentence about an old story ("A version of this story appeared in print in 1998") stays.
	{
		pattern:
			/^a version of this (?:article|story|review|column|essay|op-ed|interview|obituary|report) appears in print on\b.{0,400}$/i,
		reason: "print edition note",
	},
	// A newsletter platform's buttons (Substack, Ghost) between paragraphs: "Subscribe now", "Leave a comment".
	{
		pattern: /^(?:subscribe(?: now| for free)?|leave a comment|give a gift subscription)$/i,
		reason: "subscribe button",
	},
	{
		pattern:
			/^(?:also|related|related coverage|related stories|related articles|related content|related links|related video|more coverage|read more|see also|recommended(?: for you)?|you may like|you may also like|you might also like|(?:read )?more from [\w .&'-]{1,40}|also on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the (?:agenda|ballot|bill|card|list|menu|program(?:me)?|table)\b)[\w .&'-]{1,40}|don'?t miss|must (?:read|see|watch)|most popular|most read|trending(?: now)?|editor'?s picks|related topics|more (?:news|stories|headlines)|(?:latest|top) (?:news|stories|headlines)|popular (?:now|stories)|around the web|from the web|(?:sponsored|promoted|partner) (?:stories|content|links))\s*:?$/i,
		reason: "related-links label",
	},
	{
		pattern:
			/^(?:in other news|explore further|related|read more|see also|more|also read|recommended|(?:now )?watch|listen|don'?t miss|must (?:read|see|watch))\s*:\s+\S.{0,200}$/i,
		reason: "related link",
		minLinkShare: 0.5,
	},
	// The same line as a scraper keeps it, without its link: "Read also: <headline>", "Читайте также: …", and in the
	// other languages of Europe's news ("Lees ook", "Leggi anche", "Te puede interesar", "Přečtěte si také", "Läs
	// också", "Διαβάστε επίσης", "Das könnte Sie auch interessieren"). A headline,
	// so no sentence ends inside it ("Read also: her letter. She wrote it in 1990." stays). Only wordings that never
	// start a sentence of an article; the label alone goes too (but "Zobacz także:", "Leia também:" alone are
	// related-links labels below, which take the links under them).
	{
		pattern:
			/^(?:read also|also read|read next|related (?:video|videos|story|stories|article|articles|coverage)|читайте также|читайте тоже|читайте також|також читайте|taip pat skaitykite|skaitykite taip pat|lasiet arī|lasi arī|loe ka|lesen sie auch|lire aussi|à lire aussi|lea también|lee también|(?:también )?(?:te|le) puede interesar|lees ook|leggi anche|skaitykite daugiau|(?:à )?voir aussi|přečtěte si (?:také|též)|čtěte (?:také|též)|čítajte (?:aj|tiež)|citește și|citiți și|läs (?:också|även)|les også|læs også|lue myös|olvassa el ezt is|olvasd el ezt is|pročitajte (?:i|još)|preberite (?:tudi|še)|прочетете (?:още|също)|διαβάστε (?:επίσης|ακόμη)|das könnte sie auch interessieren|czytaj (?:także|też|również)|(?:zobacz (?:także|też|również)|leia (?:também|mais)|veja também|vedi anche)(?=\s*:\s*\S))\s*:(?:\s*|\s+(?!.*[.!]\s)\S.{0,160}[^.])$/i,
		reason: "related link",
	},
	// A post's taxonomy as the theme prints it under the text ("Tags: <a>ferries</a>, <a>harbour</a>", "Filed Under:
	// <a>News</a>"): links to the site's archives, never article text.
	{
		pattern:
			/^(?:(?:tags|categories|category|topics|labels)\s*:|(?:filed|posted|published) (?:under|in)\s*:?|tagged(?: with| as)?\s*:?)\s*\S.{0,300}$/i,
		reason: "taxonomy links",
		// The label is long beside short names ("Filed Under: News, Local" is 38 % links).
		minLinkShare: 0.3,
	},
	{ pattern: /^slide:?\s*\d+\s*\/?\s*(?:of\s*)?\d+\s*\.?\s*(?:caption:?)?$/i, reason: "gallery control" },
	{
		pattern:
			/^(?:previous|next)(?: slide| image| photo)?$|^(?:view|launch|open|see) (?:the |all )?(?:gallery|slideshow|photos)$|^\d+\s*(?:of|\/)\s*\d+$/i,
		reason: "gallery control",
	},
	{ pattern: /\ball [\d,]+ news articles\s*»$/i, reason: "news aggregator link" },
	{ pattern: /^watch (?:in|on) [\w ]{1,30} video\s*»?$|^watch video\s*»?$/i, reason: "video prompt" },
	{
		pattern:
			/^(?:please )?enable javascript to (?:watch|view|play|see) (?:this|the) (?:video|content|media|player)\.?$/i,
		reason: "video prompt",
	},
	{
		pattern:
			/^(?:media playback is (?:not supported|unsupported) on your device|your browser does not support (?:the )?(?:video|audio)(?: tag| element)?\.?)$/i,
		reason: "video prompt",
	},
	// A comments widget's fallback ("Please enable JavaScript to view the comments powered by Disqus.") and a likes
	// widget's placeholder (Jetpack's "Like Loading..."): the page's furniture, copied with the text by scrapers.
	{
		pattern:
			/^(?:please )?(?:enable|turn on) javascript to (?:view|see|load|read|post|leave) (?:the )?comments\b.{0,60}$|^(?:like )?loading(?:\.{3}|…)$|^join the discussion$/i,
		reason: "comments or likes widget",
	},
	// A prompt to the page's comment section, which a feed does not carry: "What do you think? Let us know in the
	// comments below.", "Have something to add to this story? Share it in the comments." The whole block, so a sentence reporting what someone asked stays.
	{
		pattern:
			/^(?:(?:what do you think|thoughts|agree|disagree|have something to add(?: to this (?:story|article|post))?)\?\s*)?(?:let us know|tell us|share (?:it|your (?:thoughts|views|opinion))|sound off|join the (?:discussion|conversation))(?: what you think)? (?:in|on|via|using) the comments?(?: (?:section|box|form))?(?: below)?[.!]?$|^(?:parašykite|pasidalinkite|išsakykite) (?:savo )?nuomon\S* komentaruose[.!]?$|^votre avis nous intéresse\s*[.!]?$|^(?:пишите|напишите|оставляйте|делитесь|пишіть|напишіть|залишайте|діліться)\s(?:.{0,60}\s)?(?:в комментариях|у коментарях|в коментарях)[.!]?$/i,
		reason: "comments prompt",
	},
	// A template's note that the page needs scripts ("Warning: This post has KaTeX enabled, … enable JavaScript."):
	// a feed reader runs none, and the note is about the page, not the article.
	{
		pattern: /^(?:warning|note|notice|please note)\s*:\s*.{0,200}\b(?:enable|turn on|activate) javascript\b.{0,40}$/i,
		reason: "script prompt",
	},
	{ pattern: /^thank you for reading \d+ free articles?\b.{0,200}$/i, reason: "paywall prompt" },
	{ pattern: /^you need an online service to view this article in its entirety\b.{0,200}$/i, reason: "paywall prompt" },
	{
		pattern:
			/^(?:you have reached your (?:limit|maximum) of (?:free )?articles|subscribe (?:now )?to (?:continue|keep) reading|already a subscriber\?|(?:log|sign) in to (?:continue|keep) reading|this article is (?:only )?available to subscribers)\b.{0,200}$/i,
		reason: "paywall prompt",
	},
	// The same in the languages of European news: "Cet article est réservé aux abonnés.", "Este contenido es exclusivo
	// para suscriptores.", "Jetzt abonnieren und weiterlesen", "Этот материал доступен только подписчикам." The whole
	// block, so a sentence that goes on ("…, a regretté le maire") stays.
	{
		pattern:
			/^(?:(?:cet|cette|ce) (?:article|contenu|page) est réservée? (?:aux|à nos) abonnés|(?:este|el|esta) (?:contenido|artículo|noticia) es (?:exclusiv[oa]) (?:para|de) (?:suscriptores|abonados)|jetzt abonnieren und weiterlesen|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) abonnenten(?: verfügbar| sichtbar)?|questo (?:articolo|contenuto) è riservato agli abbonati|(?:этот|данный) (?:материал|текст|контент) доступен только (?:для )?подписчик(?:ам|ов)|(?:цей|даний) (?:матеріал|текст|контент) доступний лише (?:для )?передплатник(?:ам|ів))[.!]?$/i,
		reason: "paywall prompt",
	},
	{ pattern: /^here'?s the thing with ad blockers\b.{0,600}$/i, reason: "ad-blocker plea" },
	{
		pattern:
			/^(?:we noticed you(?:'re| are) using an ad ?blocker|please (?:disable|turn off|whitelist us in) your ad ?blocker)\b.{0,400}$/i,
		reason: "ad-blocker plea",
	},
	{ pattern: /^the post .{1,300} appeared first on .{1,120}$/i, reason: "WordPress RSS footer" },
	// What autoblogging plugins and full-text services add to the posts they copy: Five Filters' "This entry passed
	// through the Full-Text RSS service - if this is your content …", "Powered by WPeMatico".
	{
		pattern:
			/^this entry passed through the full-text rss service\b.{0,300}$|^powered by (?:wpematico|wp robot|wp rss aggregator|feedwordpress|feedzy|autoblog(?:ged)?|rss ?post ?importer)\.?$/i,
		reason: "scraper footer",
	},
	{
		pattern:
			/\bis the world'?s largest (?:international )?multimedia news agency\b.{0,600}$|^our standards:\s*the thomson reuters trust principles\.?$|^before it'?s here, it'?s on the bloomberg terminal\.?(?:\s+learn more)?$|^(?:all )?(?:stock )?quotes (?:are )?delayed (?:by )?(?:at least |a minimum of )?\d+ minutes\b.{0,200}$/i,
		reason: "agency footer",
	},
	{ pattern: /^(?:image|photo|picture) (?:copyright|caption)$/i, reason: "caption label" },
	{
		pattern: /^(?:hide caption|toggle caption|hide caption toggle caption|enlarge this image|enlarge|caption)$/i,
		reason: "caption label",
	},
	{
		pattern:
			/^(?:[-–—]\s*)?(?:advertisements?|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading (?:the main story|below)|skip ad|close ad|ad ?choices|sponsored links(?: by (?:taboola|outbrain|revcontent))?|recommended by|promoted by (?:taboola|outbrain)|advertisement\s*[-–—]\s*continue reading below)(?:\s*[-–—])?$/i,
		reason: "ad label",
	},
	// A related-links label in the languages of republished news ("Mehr zum Thema", "По теме", "Susiję straipsniai"):
	// it takes the link lists under it, as "Related Coverage" does.
	{
		pattern:
			/^(?:mehr zum thema|mehr lesen über|zobacz (?:także|też|również)|leia (?:também|mais)|veja também|vedi anche|das könnte sie auch interessieren|по теме|(?:материалы|новости|читайте) по теме|матеріали за темою|новини за темою|похожие новости|другие новости|по темі|схожі новини|інші новини|susiję straipsniai|susijusios naujienos|saistītās ziņas|sur le même sujet|à lire aussi|noticias relacionadas|te puede interesar|leggi anche|articoli correlati|powiązane artykuły)\s*:?$/i,
		reason: "related-links label",
	},
	// The same label in the languages of republished news: "Реклама", "Anzeige", "Publicité", "Reklama".
	{
		pattern:
			/^(?:реклама|reklama|anzeige|werbung|publicité|publicidad|pubblicità|mainos|annons|reklame|новости партн[её]ров|новини партнерів|partnerių naujienos|partneru ziņas)$/i,
		reason: "ad label",
	},
	// A media player's labels, copied as text with the page: Video.js's controls ("Video Player is loading.", "Play
	// Video", "Current Time 0:00", "Loaded: 0%", "This is a modal window.", its caption menus), one a block or run
	// together; an audio version's prompt, counter and note ("Listen to this article", "00:00 / 03:12", "Audio is
	// AI-generated.").
	{
		// A word a player shares with articles ("Play", "Chapters") is its label only beside one no article writes. The
		// labels are separated by `\s*(?:\/\s*)?`: written `\s*\/?\s*`, each space could go to either `\s*`, and 22
		// labels that did not end the block took 6 s, each two more about four times longer.
		pattern: guardPattern(
			/video player is loading|current time \d|duration(?: time)? \d|remaining time|loaded: \d|progress: \d|stream type live|modal (?:window|dialog)|dialog window|(?:captions|subtitles|descriptions) (?:off|settings)/i,
			/^(?:(?:video player is loading\.?|play video|play|pause|mute|unmute|fullscreen|non-fullscreen|picture-in-picture|current time \d{1,2}:\d{2}|duration(?: time)? \d{1,2}:\d{2}(?::\d{2})?|remaining time -?\d{1,2}:\d{2}(?::\d{2})?|loaded: \d{1,3}(?:\.\d+)?%|progress: \d{1,3}(?:\.\d+)?%|stream type live|seek to live, currently (?:behind|playing) live|\d(?:\.\d+)?x|playback rate|chapters|(?:descriptions|captions|subtitles) off, selected|(?:captions|subtitles) settings, opens (?:captions|subtitles) settings dialog|audio track|quality levels|this is a modal window\.?|beginning of dialog window\.(?: escape will cancel and close the window\.)?|end of dialog window\.?|close modal dialog)(?:\s*(?:\/\s*)?|$))+$/i,
		),
		reason: "media player labels",
	},
	{
		pattern:
			/^(?:listen to (?:this|the) (?:article|story)(?: \(?\d+ min(?:ute)?s?\)?)?|0?0:00 \/ \d{1,2}:\d{2}(?::\d{2})?|audio (?:is|was) (?:ai-generated|generated by ai|computer-generated|automatically generated)\.?)$/i,
		reason: "media player labels",
	},
	{
		pattern:
			/^click (?:here )?(?:to (?:read|see|view) more|for more|to (?:read|see|view) the (?:full|whole|complete|entire|rest of the) (?:article|story|post))\b.{0,60}$/i,
		reason: "more-stories prompt",
	},
	{
		pattern:
			/^(?:never miss (?:a|an|another) \w+\s*[—–:-]\s*)?(?:sign up|subscribe|register) (?:now |today |here )?(?:for|to) (?:our|the|my|[\w&.-]+'s)\b.{0,80}\b(?:newsletters?|e-?mails?|alerts|briefing|digest)\b.{0,120}$/i,
		reason: "newsletter promo",
	},
	// A newsletter's prompt that names no newsletter: "Sign up to receive the top stories you need to know right now."
	{
		pattern:
			/^sign up to (?:receive|get) (?:the|our) (?:top|latest|biggest|best|most important) (?:stories|news|headlines)\b.{0,100}$/i,
		reason: "newsletter promo",
	},
	// The same promos on European news sites: "Iscriviti alla newsletter", "Suscríbete a nuestro boletín", "Abonnez-vous
	// à notre newsletter", "Síguenos en Twitter y Facebook", "Suivez-nous sur Facebook". The imperative to the reader and a
	// newsletter or a network, so "Síguenos en la calle, dijo el alcalde" stays.
	{
		pattern:
			/^(?:iscriviti|suscr[ií]bete|abonnez-vous|inscrivez-vous|abonnieren sie|zapisz się|inscreva-se|assine)\b.{0,40}\b(?:newsletter|bolet[ií]n|lettre d'information|infolettre|newslettera)\b.{0,60}$|^(?:síguenos|suivez-nous|seguici|folgen sie uns|folge uns|obserwuj nas|siga-nos) (?:en|sur|su|auf|na|no|nas)\b.{0,30}\b(?:twitter|facebook|instagram|linkedin|youtube|telegram|whatsapp|tiktok|x|google (?:news|actualités|noticias|notizie))(?![\w\u00C0-\u017F]).{0,30}$/i,
		reason: "newsletter or social promo",
	},
	// A newsroom's line about itself with its newsletter: "Harbour Watch is a nonprofit newsroom. Sign up for …".
	{
		pattern:
			/^[\w .&'-]{2,60} is an? [^.]{0,80}\b(?:newsroom|news (?:organi[sz]ation|site|outlet|service)|publication|media (?:organi[sz]ation|outlet))\.\s+(?:sign up|subscribe)\b.{0,200}$/i,
		reason: "newsletter promo",
	},
	// The same after a question: "Missing out on the latest scoops? Sign up for Harbour Playbook and get the latest
	// news, every morning — in your inbox." Only about a newsletter, so "Want to help? Sign up to volunteer …" stays.
	{
		pattern:
			/^[^.!?]{3,80}\?\s+(?:sign up|subscribe|register)\b(?=.{0,200}\b(?:newsletters?|inbox|e-?mails?|briefing|digest|playbook)\b).{0,240}$/i,
		reason: "newsletter promo",
	},
	// A cookie banner's sentence copied with the page: "We use cookies to improve your experience on our website." Only
	// with what a banner says next (our site, continuing, agreeing, the policy), so a post about its own cookies stays.
	{
		pattern:
			/^(?:this (?:site|website) uses|we use) cookies\b(?=.{0,160}\b(?:on (?:our|this) (?:site|website)|by continuing|you (?:agree|consent|accept)|cookie policy|privacy policy)\b).{0,240}$/i,
		reason: "cookie banner",
	},
	// A wire story's end mark on a line of its own: "(END)", "-30-", "[ENDS]", "###".
	{ pattern: /^(?:\((?:end|ends)\)|\[(?:end|ends)\]|[-–—]\s*30\s*[-–—]|#{3})$/i, reason: "end mark" },
	// A player's switch and a read-more line that lost its link: the page's, not the story's.
	{
		pattern: /^autoplay(?::?\s*(?:on|off))?$|^read the (?:full|whole|complete) (?:story|article) here[.!]?$/i,
		reason: "page control",
	},
	// A tabloid's pointer to the video under its story.
	{ pattern: /^scroll down for (?:video|videos|more)$/i, reason: "video prompt" },
	{
		pattern: /^(?:get|download|install) (?:the|our) [\w .&'-]{1,40} app\b.{0,160}$/i,
		reason: "app promo",
	},
	{
		pattern: guardPattern(
			/^(?:follow|like) /iu,
			/^(?:follow|like) (?:us|[\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,3}) on (?:twitter|x|facebook|instagram|linkedin|threads|tiktok|youtube|google news)\b.{0,80}$/iu,
		),
		reason: "social promo",
	},
	// A desk's account under its stories: "For more news, follow @HarbourNow.", or the handle alone ("Follow
	// @HarbourPolitics"). The handle, so a sentence about following someone's account stays.
	{ pattern: /^follow @\w{1,15}[.!]?$/i, reason: "social promo" },
	// A 2016 news site's promos: "Want more stories like this? Like us on Facebook.", "Get the latest news delivered
	// daily. Sign up here."
	{
		pattern:
			/^want more (?:stories|news|articles|content) like this\?\s+(?:like|follow) us on (?:facebook|twitter|instagram)[.!]?$|^get (?:the )?(?:latest|top|breaking) (?:news|headlines|stories)(?: delivered)?(?: (?:daily|to your inbox|every (?:day|morning)))?[.!]?\s+sign up (?:here|now|today)[.!]?$/i,
		reason: "social or newsletter promo",
	},
	{
		pattern:
			/^for (?:more|the latest|breaking|live)\b[\w -]{0,30}, follow @\w{1,15}(?: on (?:twitter|x|instagram|threads|bluesky))?[.!]?$/i,
		reason: "social promo",
	},
	// A messenger channel's promo ("Subscribe to our Telegram channel", "Подписывайтесь на наш канал в Telegram, чтобы
	// …", "Підписуйтесь на наш Telegram-канал", "Читайте нас в Telegram: https://t.me/…", "Daugiau naujienų – mūsų
	// Facebook paskyroje"). The Russian and Ukrainian imperatives start only a promo; the English
	// one must end at the channel, so a sentence reporting such a call ("Join our Telegram channel, the minister
	// urged …") stays.
	{
		pattern:
			/^(?:(?:subscribe to|join|follow) our (?:[\w-]+ ){0,2}(?:telegram|whatsapp|viber|signal)(?: channel| group| community)?(?: for [^,;]{1,40})?[.!]?|(?:подписывайтесь|подпишитесь|присоединяйтесь|підписуйтесь|підписуйтеся|підпишіться|приєднуйтесь|приєднуйтеся) (?:на|к|до) (?:наш|нашему|нас|нам|наш[іу]).{0,120}|(?:читайте|следите за|слідкуйте за) (?:нами|нас|також нас|також наш|нашим?|наш|новостями|новинами)(?=\s).{0,40}?(?:telegram|телеграм|viber|вайбер|whatsapp|facebook|фейсбук|vk|вконтакте|дзен|youtube|instagram|twitter|google news|google новини|google новости)\S*(?::?\s+https?:\/\/\S+)?[.!]?|(?:daugiau naujienų|sekite mus|sekite naujienas|prisijunkite prie mūsų|seko(?:jiet)? mums|pievienojies mums)\s.{0,80}?(?:facebook|instagram|telegram|youtube|twitter|tiktok)[^.!?]{0,40}[.!]?|(?:мы|ми) (?:в|у) (?:соцсетях|соцмережах|социальных сетях|соціальних мережах)\s*:.{0,120})$/i,
		reason: "social promo",
	},
	// How to reach the newsroom, under a wire story: "To contact the reporter on this story: …", "Have a news tip?
	// Email us at …", "Email the author at …". Addresses for the page's readers, not the story.
	{
		pattern:
			/^(?:to contact the (?:reporters?|editors?|writers?|authors?) (?:on|of|for|responsible for) this (?:story|article)\b.{0,400}|(?:have|got) a (?:news )?tip\?.{0,160}|(?:e-?mail|contact|reach) the (?:author|reporter|writer)s?(?: (?:at|on|via)\b|\s*:).{0,100}|(?:e-?mail|write to|contact) [\w.'-]+(?: [\w.'-]+){0,3} at [^\s@]+@[^\s@;,]+?(?:[;,.]\s*(?:and )?(?:follow|find) (?:him|her|them|us) on (?:twitter|x|facebook|instagram|threads|bluesky)\b.{0,60})?\.?)$/i,
		reason: "newsroom contact",
	},
	// Who owns the site, under every story: "Harbour Post is published by The Harbour Group, a Bay Holdings Company."
	// Names in capitals on both sides, so a sentence about a paper's owners ("… is published by a cooperative of its
	// readers") stays.
	{
		pattern:
			/^(?:The )?[A-Z][\w&.'-]*(?: [A-Z&][\w&.'-]*){0,5} is (?:published|owned|operated) by (?:the )?[A-Z][\w&.'-]*(?: [A-Z&][\w&.'-]*){0,5}(?:, (?:an?|part of) (?:the )?[A-Z][\w&.'-]*(?: [A-Z&][\w&.'-]*){0,5})?\.?$/,
		reason: "publisher footer",
	},
	{
		pattern: /^(?:how we rate|read our (?:ratings?|review) (?:guide|policy)|our ratings explained)\b.{0,120}$/i,
		reason: "rating legend",
	},
	{
		pattern:
			/^(?:(?:originally )?(?:published|posted)|updated|last (?:updated|changed|modified))\s*:?\s*(?:on\s+)?(?:\w{3,9},?\s+)?(?:\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2}){0,2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\.?$/i,
		reason: "timestamp line",
	},
	// The same with the time first: "Updated 10:31 AM ET, Mon June 6, 2016".
	{
		pattern:
			/^(?:(?:originally )?(?:published|posted)|updated)\s*:?\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?,?\s+(?:\w{3,9},?\s+)?(?:\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w{3,9}\.?\s+\d{4})\.?$/i,
		reason: "timestamp line",
	},
	// "Reuters, 14/06 16:49 CET": an agency stamp above a republished story.
	{
		pattern: guardPattern(
			/,\s+\d{1,2}\/\d/u,
			/^[\p{L}][\p{L} .&'-]{1,30},\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?\s+\d{1,2}:\d{2}(?:\s*[A-Z]{2,5})?$/u,
		),
		reason: "timestamp line",
	},
	// "Buy this photo", and a newspaper group's button under every picture: "Buy Photo".
	{
		pattern: /^(?:buy|purchase|order) (?:(?:this|a) )?(?:photo|print|image|picture)s?$/i,
		reason: "photo sales button",
	},
	// A theme's or plugin's estimate above or below a post: "Reading Time: 2 minutes", "5 min read".
	{
		pattern:
			/^(?:(?:estimated )?read(?:ing)? time\s*:?\s*(?:less than |about |~)?\d{1,3}\s*(?:min(?:ute)?s?|m)\.?(?: read)?|(?:less than |about |~)?\d{1,3}\s*min(?:ute)?s?\.? read)$/i,
		reason: "reading time",
	},
	// A news site's prompt to report a mistake ("Ja pamanījāt kļūdu, iezīmējiet tekstu un spiediet Ctrl+Enter", "Если
	// вы заметили ошибку, выделите её и нажмите Ctrl+Enter"): the page's script, not the article. Only with a word for a
	// mistake, so a tutorial's "Press Ctrl+Enter to run the cell" stays.
	{
		pattern: guardPattern(
			/ctrl\s*\+\s*enter/i,
			/^(?=.{0,200}$)(?=.*(?:error|mistake|typo|kļūd|ошибк|опечатк|помилк|klaid|fehler|erreur|błąd|viga)).*\bctrl\s*\+\s*enter\b\W*$/i,
		),
		reason: "error-report prompt",
	},
	{
		pattern:
			/^(?:we reserve the right to (?:delete|remove)|comments? (?:are|is) (?:closed|moderated)|(?:our|comment|community) guidelines|flag as inappropriate)\b.{0,300}$/i,
		reason: "comment policy",
	},
	// A newspaper's share and comment panel of 2016, copied a line a block: "Post to Facebook", "CancelSend", "Sent! A
	// link has been sent to your friend's email address.", "Posted! A link has been posted to your Facebook feed.", "Join
	// the Nation's Conversation", "To find out more about Facebook commenting please read the Conversation Guidelines
	// and FAQs", "Please log in to comment.", its share bar "3 CONNECT TWEET LINKEDIN COMMENT EMAIL MORE".
	{
		pattern:
			/^(?:post to facebook|cancel ?send|sent!|posted!|(?:sent!\s*)?a link has been sent to your friend'?s e-?mail address\.?|(?:posted!\s*)?a link has been posted to your facebook feed\.?|join the nation'?s conversation|to find out more about facebook commenting,? please read the conversation guidelines and faqs\.?|(?:please )?(?:log|sign) in to (?:comment|post a comment|leave a comment)\.?|\d*\s*connect tweet linkedin comment e-?mail more)$/i,
		reason: "share and comment panel",
	},
	// A related story in brackets between paragraphs, its headline the link: "[Related: <a>…</a>]", "[Read more: <a>…</a>]".
	{
		pattern: /^\[(?:related|read more|read also|also read|see also|more|read|watch)\s*:\s+[^\]]{1,200}\]$/i,
		reason: "related link",
		minLinkShare: 0.5,
	},
	// A video site's label over the next clip's link: "Next Up".
	{ pattern: /^next up\s*:?$/i, reason: "related-links label" },
	// A row of share buttons that kept only the networks' names ("Facebook Twitter Pinterest"): two or more, so a
	// heading that names one network stays.
	{
		pattern: /^(?:(?:facebook|twitter|pinterest|linkedin|whatsapp|reddit|messenger|google\+|e-?mail)\s*){2,}$/i,
		reason: "share button",
	},
	// A business site's promo lines, in capitals: "NOW WATCH: <a video's title>", "SEE ALSO: <a headline>", and "Join the
	// conversation about this story »". Capitals only, so "See also: the report of 2015." stays.
	{ pattern: /^(?:NOW WATCH|SEE ALSO):\s+\S.{0,160}$/, reason: "related link" },
	{ pattern: /^join the conversation about this (?:story|article|post)\s*»?$/i, reason: "comments prompt" },
	// A page's labels above or beside the story: "Story highlights", "Paid Content", "Supported by" (the sponsor's
	// line above a headline). The label alone, so the highlights under it stay.
	{ pattern: /^(?:story highlights|paid content|supported by)$/i, reason: "page label" },
	// A magazine's footer lines: "Send questions/comments to the editors.", "We've got more newsletters we think you'll
	// find interesting.", and a site's cookie wall: "Please enable cookies on your web browser in order to continue."
	{
		pattern:
			/^(?:send (?:your )?(?:questions ?(?:\/|and) ?comments|comments|questions) to the editors\.?|we've got more newsletters (?:we think )?you'll find interesting\.?(?:\s+click here\.?)?|please enable cookies (?:on|in) your (?:web )?browser\b.{0,60})$/i,
		reason: "site footer",
	},
];

/** The reason a curated wording gives for a whole block, or undefined when the block is not one. */
export function matchBoilerplatePhrase(text: string, linkDensity: () => number): string | undefined {
	// The wordings are written with straight apostrophes; WordPress and most news sites print curly ones ("Don’t miss").
	const plain = text.includes("’") ? text.replaceAll("’", "'") : text;
	for (const { pattern, reason, minLinkShare } of BOILERPLATE_PHRASES) {
		if (!pattern.test(plain)) continue;
		if (minLinkShare !== undefined && linkDensity() < minLinkShare) continue;
		return `${reason} (curated wording)`;
	}
	return undefined;
}

// Labels a page shows beside a picture ("Image copyright", "hide caption"): whole label elements are removed before
// sanitize unwraps the spans that hold them, so the credit and caption beside them stay.
const CAPTION_LABEL_RE =
	/^(?:(?:image|photo|picture|media) (?:copyright|caption)|hide caption|toggle caption|enlarge this image|expand image)$/i;

/** True when an element's whole text is a picture label, never the credit or caption itself. */
export function isCaptionLabel(text: string): boolean {
	return CAPTION_LABEL_RE.test(text) && text.length <= 24;
}
