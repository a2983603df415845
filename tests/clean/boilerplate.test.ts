import { describe, expect, it } from "vitest";
import { fingerprintBlock } from "../../src/clean/block-fingerprint.js";
import { removeBoilerplate } from "../../src/clean/boilerplate.js";
import { cleanHtml } from "../../src/clean/index.js";
import { pruneEmptyElements } from "../../src/clean/junk.js";
import type { CleanStep } from "../../src/clean/rule.js";
import type { BoilerplateEvidence } from "../../src/clean/types.js";
import { createContext, runStep } from "./helpers.js";

// Issue #12, "Site boilerplate left in": each shape seen in scraped news, with invented text.
const STORY =
	"<p>The harbour reopened on Sunday after a week of storms, and the first ferries crossed at dawn, the port authority said.</p>\n" +
	"<p>Repairs to the old pier will take another month, officials said, and the fish market stays closed until then.</p>\n";
// As in the pipeline, the lists and tables a removal empties are pruned afterwards (junk's second step).
const removeThenPrune: CleanStep = (tree, state) => {
	const hits = removeBoilerplate(tree, state);
	pruneEmptyElements(tree);
	return hits;
};
const run = (html: string, evidence?: BoilerplateEvidence) =>
	runStep(removeThenPrune, html, createContext(evidence === undefined ? {} : { evidence }));

// ROT47 of "Subscribers can read the rest of this story on our website today." (a TownNews paywall).
const SCRAMBLED = "$F3D4C:36CD 42? C625 E96 C6DE @7 E9:D DE@CJ @? @FC H63D:E6 E@52J]";

describe("removeBoilerplate", () => {
	it.each([
		["a share prompt", "<p>Read or Share this story: https://usat.example/2kQz9</p>"],
		[
			"a related-links label with its links",
			'<h3>Related Coverage</h3><ul><li><a href="/a">Pier closes for repairs</a></li><li><a href="/b">Storm hits coast</a></li></ul>',
		],
		["a gallery control", "<div>Slide: 4 / of 6 . Caption:</div>"],
		[
			"a news-aggregator table",
			'<table><tbody><tr><td><a href="/all">all 1,028 news articles »</a></td></tr></tbody></table>',
		],
		["a video prompt", '<p><a href="/v">Watch in Harbour Times Video »</a></p>'],
		[
			"a newsletter promo",
			"<p>Sign up for our Morning Harbour newsletter to get the day’s top stories in your inbox.</p>",
		],
		["an app promo", "<p>Download the Harbour Times app for breaking news alerts.</p>"],
		[
			"a paywall count",
			"<p>Thank you for reading 7 free articles on our site. You can come back at the end of your 30-day period for another 10 free articles.</p>",
		],
		["a paywall notice", "<p>You need an online service to view this article in its entirety.</p>"],
		["ROT47-scrambled paywall text", `<p>${SCRAMBLED}</p>`],
		[
			"a WordPress RSS footer",
			'<p>The post <a href="/x">Ferry timetable</a> appeared first on <a href="/">Harbour Times</a>.</p>',
		],
		["a rating legend", "<p>How We Rate: 1 is awful, 10 is perfect. Read our ratings guide.</p>"],
		["a script prompt", "<p>Please enable Javascript to watch this video</p>"],
		[
			"an agency footer",
			"<p>Example Wire, the news division of Example Corp, is the world's largest international multimedia news agency, reaching a billion people every day.</p><p>All quotes delayed a minimum of 15 minutes.</p>",
		],
		["a social promo", "<p>Follow Jane Roe on Twitter: @janeroe</p>"],
		["a photo sales button", "<p>Buy this photo</p>"],
		["a timestamp line", "<p>Last Updated May 23, 2016 5:28 AM EDT</p>"],
		[
			"a comments widget's script prompt",
			'<p>Please enable JavaScript to view the <a href="https://disqus.example/?ref_noscript">comments powered by Disqus.</a></p>',
		],
		["a likes widget's placeholder", "<p>Like Loading...</p>"],
		["a newsletter's subscribe button", '<p><a href="https://notes.example/subscribe?">Subscribe now</a></p>'],
		["a newsletter's comment button", '<p><a href="https://notes.example/p/x/comments">Leave a comment</a></p>'],
		["a prompt to comment", "<p>What do you think? Let us know in the comments below.</p>"],
		["a prompt to comment, shorter", "<p>Share your thoughts in the comments.</p>"],
		[
			"a reporter-contact footer",
			"<p>To contact the reporter on this story: Jane Roe in Harbour Town at jroe@news.example To contact the editors responsible for this story: Sam Poe at spoe@news.example</p>",
		],
		["a news-tip prompt", "<p>Have a news tip? Email us at tips@news.example or call 555-0100.</p>"],
		["an author-contact line", "<p>Email the author at jroe@news.example.</p>"],
		["an ad label between dashes", "<p>- Advertisement -</p>"],
		["an ad label between em dashes, in capitals", "<p>— ADVERTISEMENT —</p>"],
		["a tag list", '<p>Tags: <a href="/tag/ferries">ferries</a>, <a href="/tag/harbour">harbour</a></p>'],
		["a category list", '<p>Filed Under: <a href="/c/news">News</a>, <a href="/c/local">Local</a></p>'],
		// A link to another story that the scraper kept as text ("Read also: <headline>"), in the languages of the news
		// wirefeed republishes.
		["a related-story line without its link", "<p>Read also: Ferry operator adds a winter route</p>"],
		["a related-story line in Russian", "<p>Читайте также: Паромная переправа откроется в мае</p>"],
		["a related-story line in Ukrainian", "<p>Читайте також: Порт оновить причали до осені</p>"],
		["a related-story line in Lithuanian", "<p>Taip pat skaitykite: Uoste pradėti krantinės darbai</p>"],
		["a related-story line in German", "<p>Lesen Sie auch: Neue Fähre für den Nordhafen</p>"],
		["a related-story label in Russian", "<p>Читайте также:</p>"],
		["a prompt to follow the site on Google News", "<p>Follow us on Google News</p>"],
		// More of the 2016 news sites' furniture: share buttons, ad and widget labels, a player's switch, promos.
		["a promo after a question", "<p>Want more stories like this? Like us on Facebook.</p>"],
		["a newsletter promo with its sign-up", "<p>Get the latest news delivered daily. Sign up here.</p>"],
		["a desk's handle alone", "<p>Follow @HarbourPolitics</p>"],
		[
			"Jetpack's share link",
			'<p><a href="https://news.example/p/?share=twitter">Click to share on Twitter (Opens in new window)</a></p>',
		],
		[
			"Jetpack's email link",
			'<p><a href="https://news.example/p/?share=email">Click to email this to a friend (Opens in new window)</a></p>',
		],
		["share buttons as words", "<p>Tweet This</p>"],
		["an email button", "<p>Email This</p>"],
		["an ad's continuation label", "<p>Article continues below advertisement</p>"],
		["a video ad's skip button", "<p>SKIP AD</p>"],
		["an ad's close button", "<p>Close Ad</p>"],
		["an ad network's label", "<p>AdChoices</p>"],
		["a sponsored widget's label", "<p>Sponsored Links by Taboola</p>"],
		["a recommendation widget's label", "<p>Recommended by</p>"],
		["a recommendation widget's heading", "<p>You May Like</p>"],
		["a comment section's heading", "<p>Join the Discussion</p>"],
		["a player's autoplay switch", "<p>Autoplay: On</p>"],
		["a read-more line without its link", "<p>Read the full story here.</p>"],
		// A wire story's end mark, which its copy keeps on a line of its own.
		["a wire story's end mark", "<p>(END)</p>"],
		["a newsroom's end mark", "<p>-30-</p>"],
		["an end mark in brackets", "<p>[ENDS]</p>"],
		["the same prompt in German", "<p>Folgen Sie uns auf Google News</p>"],
		["the same prompt in French", "<p>Suivez-nous sur Google Actualités</p>"],
		["the same prompt in Ukrainian", "<p>Читайте нас у Google News</p>"],
		["a paywall prompt in French", "<p>Cet article est réservé aux abonnés.</p>"],
		["a paywall prompt in Spanish", "<p>Este contenido es exclusivo para suscriptores.</p>"],
		["a paywall prompt in German", "<p>Jetzt abonnieren und weiterlesen</p>"],
		["a paywall prompt in Italian", "<p>Questo articolo è riservato agli abbonati.</p>"],
		["a paywall prompt in Russian", "<p>Этот материал доступен только подписчикам.</p>"],
		["a cookie banner's sentence", "<p>We use cookies to improve your experience on our website.</p>"],
		["a print button", "<p>Print this article</p>"],
		["a row of social networks in Russian", "<p>Мы в соцсетях: ВКонтакте, Одноклассники, Telegram</p>"],
		// The same line in more of Europe's languages, with its link or without it.
		["a related-story line in Dutch", '<p>Lees ook: <a href="/a">Veerboot keert terug naar de haven</a></p>'],
		["a related-story line in Italian", '<p>Leggi anche: <a href="/a">Torna il traghetto del porto</a></p>'],
		["a related-story line in Spanish, as an interest prompt", "<p>Te puede interesar: Vuelve el ferry del puerto</p>"],
		["a related-story line in Lithuanian, as read more", '<p>Skaitykite daugiau: <a href="/a">Keltas grįžta</a></p>'],
		["a related-story line in French, see also", "<p>Voir aussi : Le ferry revient au port</p>"],
		["a related-story line in Czech", "<p>Přečtěte si také: Trajekt se vrací do přístavu</p>"],
		["a related-story line in Romanian", "<p>Citește și: Feribotul revine în port</p>"],
		["a related-story line in Swedish", "<p>Läs också: Färjan återvänder till hamnen</p>"],
		["a related-story line in Finnish", "<p>Lue myös: Lautta palaa satamaan</p>"],
		["a related-story line in Hungarian", "<p>Olvassa el ezt is: Visszatér a komp</p>"],
		["a related-story line in Croatian", "<p>Pročitajte i: Trajekt se vraća u luku</p>"],
		["a related-story line in Greek", "<p>Διαβάστε επίσης: Επιστρέφει το πλοίο</p>"],
		[
			"a related-story line in German, as may interest you",
			"<p>Das könnte Sie auch interessieren: Die Fähre kehrt zurück</p>",
		],
		["a channel promo", "<p>Subscribe to our Telegram channel</p>"],
		["a channel promo in Russian", "<p>Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости</p>"],
		["a channel promo in Ukrainian", "<p>Підписуйтесь на наш Telegram-канал</p>"],
		["share buttons, one a line", "<p>Share on Facebook<br>Share on Twitter</p>"],
		["a share button in Russian", "<p>Поделиться</p>"],
		["a share button in Ukrainian", "<p>Поділитися</p>"],
		["a share button in Lithuanian", "<p>Dalintis</p>"],
		["an agency's standards line", "<p>Our Standards: The Thomson Reuters Trust Principles.</p>"],
		// A video player's control labels, copied as text with the page (Video.js: "Video Player is loading.", "Current
		// Time 0:00", "This is a modal window."), one a block or run together.
		["a video player's loading label", "<p>Video Player is loading.</p>"],
		["a video player's dialog label", "<p>This is a modal window.</p>"],
		[
			"a video player's controls run together",
			"<p>Play Video Play Mute Current Time 0:00 / Duration 1:45 Loaded: 0% Progress: 0% Stream Type LIVE Remaining Time -1:45 1x Playback Rate Chapters descriptions off, selected captions settings, opens captions settings dialog captions off, selected</p>",
		],
		["an audio player's prompt", "<p>Listen to this article</p>"],
		["an audio player's counter", "<p>00:00 / 03:12</p>"],
		["an audio player's AI note", "<p>Audio is AI-generated.</p>"],
		["an ad label in Russian", "<p>Реклама</p>"],
		["an ad label in German", "<p>Anzeige</p>"],
		["a more-stories prompt", "<p>Click here to read more stories like this.</p>"],
		[
			"a related-links label in German, with its links",
			'<p>Mehr zum Thema</p><ul><li><a href="/a">Neuer Busbahnhof eröffnet</a></li><li><a href="/b">Straßenbahn fährt wieder</a></li></ul>',
		],
		// Furniture of the 2016 news sites scrapers republished: a promo line before a related story, a label whose list
		// the scraper lost, a comment prompt, a terminal's promo.
		[
			"a promo line before a related story",
			'<p><strong>DON\'T MISS: <a href="/x">The ten best harbour walks</a></strong></p>',
		],
		[
			"the same line with a curly apostrophe",
			'<p><strong>DON’T MISS: <a href="/x">The ten best harbour walks</a></strong></p>',
		],
		["a related-links label naming the site", "<p><strong>Also on Harbour Post:</strong></p>"],
		[
			"a comment prompt after a question",
			"<p><em>Have something to add to this story? Share it in the comments.</em></p>",
		],
		["a tip line", "<p><em>Have a tip? Email us at tips@news.example.</em></p>"],
		[
			"a data terminal's promo",
			"<p><em>Before it's here, it's on the Bloomberg Terminal.</em> <a href=\"/terminal\">LEARN MORE</a></p>",
		],
		// A news site's prompt to report a mistake with a key press, copied as text with the page.
		["an error-report prompt in Latvian", "<p>Ja pamanījāt kļūdu, iezīmējiet tekstu un spiediet Ctrl+Enter.</p>"],
		["an error-report prompt in Russian", "<p>Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.</p>"],
		["an error-report prompt in Ukrainian", "<p>Помітили помилку? Виділіть її та натисніть Ctrl + Enter</p>"],
		["an error-report prompt in English", "<p>Found a typo? Select it and press Ctrl+Enter.</p>"],
		["a tabloid's pointer to its video", "<p><strong>Scroll down for video</strong></p>"],
		[
			"a newsletter promo after a question",
			"<p><em>Missing out on the latest scoops? Sign up for Harbour Playbook and get the latest news, every morning — in your inbox.</em></p>",
		],
		// The same furniture on Russian, Ukrainian and Lithuanian news sites.
		["a messenger promo with its link, in Russian", "<p>Читайте нас в Telegram: https://t.me/harbour_news</p>"],
		["a messenger promo in Ukrainian", "<p>Читайте також наш Telegram-канал: https://t.me/harbour</p>"],
		["a social promo in Russian", "<p>Присоединяйтесь к нам в VK и Одноклассниках</p>"],
		["a social promo in Lithuanian", "<p>Daugiau naujienų – mūsų Facebook paskyroje.</p>"],
		["a comment prompt in Lithuanian", "<p>Parašykite savo nuomonę komentaruose!</p>"],
		["a comment prompt in Russian", "<p>Пишите свое мнение в комментариях.</p>"],
		["a partners' news label in Russian", "<p>Новости партнеров</p>"],
		["a related-links label in Russian", "<p>Материалы по теме:</p>"],
		["a related-links label in Ukrainian", "<p>Матеріали за темою</p>"],
		// More furniture of the US and UK news sites of 2016, as scrapers kept it.
		["a share panel's button", "<p>Post to Facebook</p>"],
		["a share panel's buttons run together", "<p>CancelSend</p>"],
		["a share panel's confirmation", "<p>Sent! A link has been sent to your friend’s email address.</p>"],
		["a share panel's other confirmation", "<p>Posted!</p><p>A link has been posted to your Facebook feed.</p>"],
		["a comment section's label", "<p>Join the Nation's Conversation</p>"],
		[
			"a comment section's guidelines",
			"<p>To find out more about Facebook commenting please read the Conversation Guidelines and FAQs</p>",
		],
		["a prompt to log in to comment", "<p>Please log in to comment.</p>"],
		["a share bar with its count", "<p>3 CONNECT TWEET LINKEDIN COMMENT EMAIL MORE</p>"],
		[
			"a row of networks' names",
			'<p><a href="/s/f">Facebook</a> <a href="/s/t">Twitter</a> <a href="/s/p">Pinterest</a></p>',
		],
		["a video promo in capitals", "<p><strong>NOW WATCH:</strong> Why the harbour is reopening this week</p>"],
		["a related headline in capitals", "<p><strong>SEE ALSO:</strong> Ferries are back in business</p>"],
		["a comments prompt with its arrow", "<p>Join the conversation about this story »</p>"],
		["a highlights label", "<p>Story highlights</p>"],
		["a paid-content label", "<p>Paid Content</p>"],
		["a sponsor's label", "<p>Supported by</p>"],
		["a magazine's contact line", "<p><em>Send questions/comments to the editors.</em></p>"],
		["a magazine's newsletter line", "<p>We’ve got more newsletters we think you’ll find interesting.</p>"],
		["a cookie wall", "<p>Please enable cookies on your web browser in order to continue.</p>"],
		["a photo sales button", "<p>Buy Photo</p>"],
		["a gallery button", "<p>View photos</p>"],
		["an ad label with its prompt", "<p>Advertisement - Continue Reading Below</p>"],
		["a caption's button", "<p>Enlarge</p>"],
		["a related story in brackets", '<p>[Related: <a href="/r">Storm damage costs rise along the coast</a>]</p>'],
		["a next-clip label", "<p>Next Up</p>"],
		["a timestamp with the time first", "<p>Updated 10:31 AM ET, Mon June 6, 2016</p>"],
		[
			"a print edition's note with its links",
			'<p><em>A version of this article appears in print on May 3, 2016, on page C1 of the New York edition with the headline: Harbour Reopens. <a href="/reprints">Order Reprints</a> | <a href="/paper">Today\'s Paper</a> | <a href="/subscribe">Subscribe</a></em></p>',
		],
		["a share-or-comment prompt", "<p>Share or comment on this article</p>"],
		["a reuse link", '<ul><li><a href="/info/reuse">Reuse this content</a></li></ul>'],
		["a reuse label", "<p>Reuse content</p>"],
		["a more-from-the-site prompt", "<p><strong>Click for more from Harbour News.</strong></p>"],
		[
			"a newsletter promo after a lead-in",
			"<p><strong>Never miss a story — sign up for HARBOUR's free daily newsletter to stay up-to-date on the best of what HARBOUR has to offer.</strong></p>",
		],
		[
			"a newsroom's about line with its newsletter",
			"<p><em>Harbour Watch is a Pulitzer Prize-winning investigative newsroom. Sign up for The Big Story newsletter to receive stories like this one in your inbox.</em></p>",
		],
		[
			"a reporter's contact line",
			"<p><em>Email Dan at dan@harbour.example; follow him on Twitter at @danharbour.</em></p>",
		],
		[
			"a related-links label naming the site, with its links",
			'<p><strong>Read more from Harbour Post:</strong></p><ul><li><a href="/a">The best beaches</a></li></ul>',
		],
		[
			"a related-topics heading with its links",
			'<h2>Related Topics</h2><ul><li><a href="/t/rail">Rail travel</a></li><li><a href="/t/strikes">Strikes</a></li></ul>',
		],
		[
			"a photo agency's embed label",
			'<div><a href="http://www.gettyimages.com/detail/531234567">Embed from Getty Images</a></div>',
		],
		[
			"a publisher's ownership line",
			"<p><em>Harbour Post is published by The Harbour Group, a Bay Holdings Company.</em></p>",
		],
		// More of 2016's news pages, as full-text scrapers kept them.
		[
			"a one-word related-links label with its links",
			'<p><strong>ALSO:</strong></p><p><a href="/a">Drought leaves hillsides dry</a></p><p><a href="/b">Shelters open</a></p>',
		],
		["a desk's social promo", "<p><em>For more news, follow @HarbourNow.</em></p>"],
		["a desk's social promo naming the network", "<p>For breaking news, follow @HarbourNow on Twitter</p>"],
		["a comments button", "<p>View Comments</p>"],
		["a comments button with its count", "<p>Show comments (12)</p>"],
		["a related video's line without its link", "<p><strong>RELATED VIDEO: Singer's Best Moments</strong></p>"],
		["a read-next line without its link", "<p><strong>Read Next:</strong> What the House Will Do Next</p>"],
		["a share panel's row", "<p>Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn</p>"],
		["a share panel's link button", "<p>Copy this link</p>"],
		["a share panel's note", "<p>These are external links and will open in a new window</p>"],
		["a newsletter promo without the word", "<p>Sign up to receive the top stories you need to know right now.</p>"],
		["a contact line with a colon", "<p>Contact the author: jane.doe@harbour.example</p>"],
		["an ad label in the plural", "<p>Advertisements</p>"],
		["a reading time", "<p>Reading Time: 2 minutes</p>"],
		["a reading time as a blog theme prints it", "<p>5 min read</p>"],
		// What autoblogging and full-text scrapers add to the posts they copy.
		[
			"a full-text scraper's footer",
			"<p><em>This entry passed through the Full-Text RSS service - if this is your content and you're reading it on someone else's site, please read the FAQ at fivefilters.org/content-only/faq.php#publishers.</em></p>",
		],
		["an autoblogging plugin's credit", "<p>Powered by WPeMatico</p>"],
		["a share row with a pin button", "<p>Tweet Share Pin Email</p>"],
		["a reposting plugin's date line", "<p>Originally posted 2015-04-03 10:00:00.</p>"],
		["a prompt to the full article", "<p>Click here to read the full article.</p>"],
		// The same furniture on German, French, Spanish, Italian, Polish and Portuguese news sites.
		["a share button in Italian", "<p>Condividi</p>"],
		["a share button in Portuguese", "<p>Compartilhe</p>"],
		["a share button in German", "<p>Artikel teilen</p>"],
		["a share button naming the network, in French", "<p>Partager sur Facebook</p>"],
		["a newsletter promo in Italian", "<p>Iscriviti alla newsletter</p>"],
		["a newsletter promo in Spanish", "<p>Suscríbete a nuestro boletín</p>"],
		["a social promo in Spanish", "<p>Síguenos en Twitter y Facebook</p>"],
		["a comments prompt in French", "<p>Votre avis nous intéresse</p>"],
		["a related story's line in Polish", '<p>Zobacz także:</p><ul><li><a href="/a">Stary most zamknięty</a></li></ul>'],
		["a related story's line in Portuguese", '<p>Leia também:</p><p><a href="/a">Navios esperam na fila</a></p>'],
		[
			"a related-topics label in German, with its links",
			'<p>Mehr lesen über</p><ul><li><a href="/t/politik">Politik</a></li></ul>',
		],
	])("removes %s, wherever it stands", (_, junk) => {
		const [first, second] = STORY.split("\n");
		for (const input of [`${junk}${STORY}`, `${STORY}${junk}`, `${first}\n${junk}${second}\n`]) {
			const outcome = run(input);
			expect(outcome.html.replace(/\n/g, "")).toBe(STORY.replace(/\n/g, ""));
			expect(outcome.hits).toBeGreaterThan(0);
			expect(outcome.state.removals.every((removal) => removal.rule === "boilerplate" && removal.reason !== "")).toBe(
				true,
			);
		}
	});

	it("cuts a WordPress RSS footer off the teaser it was appended to, keeping every word of the teaser", () => {
		const outcome = run(
			'<p>All the music, none of the wires. The post <a href="/r">Review: Harbour Buds</a> appeared first on <a href="/">Harbour Times</a>.</p>',
		);
		expect(outcome.html).toBe("<p>All the music, none of the wires. </p>");
		expect(outcome.state.removals[0]?.reason).toMatch(/WordPress RSS footer/);
	});

	it.each([
		[
			"a site menu",
			'<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>',
		],
		["a breadcrumb", '<p><a href="/">Home</a> » <a href="/news">News</a> » <a href="/free">Free</a></p>'],
		["a bare URL", "<p>https://harbour.example/s/8812</p>"],
		["a promotion", "<p>Subscribe to our podcast for more harbour stories every week.</p>"],
		["a related story link", '<p><a href="/x">Storm damage along the coast, in pictures</a></p>'],
		["a related story link with a full stop", '<p><a href="/x">Harbour reopens after the storm</a>.</p>'],
		[
			"a related-stories heading with its links",
			'<h3>More News</h3><ul><li><a href="/a">Pier closes for repairs</a></li><li><a href="/b">Storm hits coast</a></li></ul>',
		],
		["a wire desk's initials", "<p>bur-ach/jm</p>"],
		["a separator line", "<p>___</p>"],
		["a date line", "<p>September 16, 2020</p>"],
		["a date line with the weekday and time", "<p>Wednesday, Sept. 16, 2020 10:31 a.m. EDT</p>"],
		["a date line written day first", "<p>16 September 2020</p>"],
		["a numeric date line", "<p>16.09.2020 10:31</p>"],
		[
			"a topics label over its links",
			'<p>Topics</p><ul><li><a href="/t/climate">Climate change</a></li><li><a href="/t/europe">Europe</a></li></ul>',
		],
		["a promotion behind a marker", "<p><strong>:: Subscribe to the Harbour Politics podcast on Spotify</strong></p>"],
	])("removes %s at the top or the bottom of the body", (_, junk) => {
		expect(run(`${junk}${STORY}`).html.replace(/\n/g, "")).toBe(STORY.replace(/\n/g, ""));
		expect(run(`${STORY}${junk}`).html.replace(/\n/g, "")).toBe(STORY.replace(/\n/g, ""));
	});

	it.each([
		[
			"a sentence that quotes a prompt",
			"<p>Readers were asked to read or share this story with friends, the editor said.</p>",
		],
		["a sentence starting with Related", "<p>Related coverage of the summit continued on Tuesday, officials said.</p>"],
		["a closing line of the article", "<p>Tell us how you really feel, Mr. Mayor.</p>"],
		["an imperative without a promotion", "<p>Follow the river north for two miles to reach the pier.</p>"],
		["a label of the article's own list", "<p>Also on Tuesday:</p>"],
		["an imperative that names no link", "<p>Don't miss the last ferry: it leaves at six.</p>"],
		["a tutorial's key press", "<p>Press Ctrl+Enter to run the cell, or Shift+Enter to run it and move on.</p>"],
		["a call to volunteer after a question", "<p>Want to help? Sign up to volunteer at the harbour shelter.</p>"],
		["a source credit in Russian", "<p>Источник: BNS</p>"],
		[
			"a sentence about a ministry's channel",
			"<p>Читайте также заявление министра, опубликованное в его Telegram во вторник вечером.</p>",
		],
		["a byline", "<p>By Jane Roe</p>"],
		["a sentence about reading time", "<p>Reading time: 2 minutes a day is enough, the study found.</p>"],
		["a sentence about what powers something", "<p>Powered by the tide, the mill ran for two centuries.</p>"],
		["a sentence in Spanish about following", "<p>Síguenos en la calle, dijo el alcalde, y la marcha empezó.</p>"],
		["a sentence in Italian about sharing", "<p>Condividi il pane con chi ha fame, disse il vescovo.</p>"],
		["a sentence starting with Also", "<p>Also: the harbour will close at six on Sundays from June.</p>"],
		[
			"a sentence starting with See also",
			"<p>See also: the harbour master's report of 2015, which found the same.</p>",
		],
		["a sentence about a network", "<p>Facebook and Twitter both removed the accounts on Tuesday.</p>"],
		["a sentence about a sponsor", "<p>Supported by the harbour trust, the festival returns in June.</p>"],
		["a bracketed aside without a link", "<p>[Related: the 2015 report found the same cracks.]</p>"],
		["a sentence about buying photos", "<p>Buy photos of the pier at the gift shop, the sign said.</p>"],
		["a sentence about an update", "<p>Updated 10:31 AM ET, the schedule moved the ferry to noon.</p>"],
		["a sentence about cookies", "<p>Please enable cookies, the bakery's sign said, and the queue laughed.</p>"],
		[
			"a sentence about following an account",
			"<p>For more news, follow the council's account, the mayor said, and then she left.</p>",
		],
		["a sentence about comments on a post", "<p>View comments from readers were mixed, the editor said.</p>"],
		[
			"a sentence that starts like a related video",
			"<p>Related video: the coach said the footage was misleading. It was shot in 2012.</p>",
		],
		["a sentence about sharing", "<p>Share this with your neighbours, the fire chief said.</p>"],
		[
			"a sentence about signing up",
			"<p>Sign up to receive the vaccine by Friday, health officials urged residents.</p>",
		],
		["a photo credit", "<p>A. Photographer/Harbour Photos</p>"],
		["a credit line", "<p>The Example Wire contributed to this report.</p>"],
		["a rights notice (the notice rule's)", "<p>© 2016 Example Wire. All rights reserved.</p>"],
		[
			"links a sentence introduces",
			'<p>You will need these guides:</p><ul><li><a href="/a">Set up a server</a></li><li><a href="/b">Add a user</a></li></ul>',
		],
		[
			"a link paragraph a sentence introduces",
			'<p>Here is a link to a longer tutorial:</p><p><a href="/t">How to add users</a></p>',
		],
		[
			"a link list in the middle of the story",
			`<p>Useful links:</p><ul><li><a href="/a">Pier map</a></li></ul>${STORY}`,
		],
		["an embed link", '<p><a href="https://www.youtube.com/watch?v=Ab3_x-9QzKc">Video: YouTube</a></p>'],
		[
			"a video player with the link to its file",
			'<p><video src="https://harbour.example/v.mp4" controls><a href="https://harbour.example/v.mp4">https://harbour.example/v.mp4</a></video></p>',
		],
		[
			"a disclosure's label, whatever it says",
			"<details><summary>Click for more</summary><p>The ferry runs four times a day in summer.</p></details>",
		],
		[
			"a sentence of a privacy post about cookies",
			"<p>We use cookies to remember your language, and nothing else; there is no tracking here.</p>",
		],
		["a sentence about a discussion", "<p>Join the discussion at the town hall on Friday, the mayor said.</p>"],
		[
			"a sentence about subscribers",
			"<p>Cet article est réservé aux abonnés, a regretté le maire, qui le lit chaque matin.</p>",
		],
		[
			"a sentence after a related-story label's words",
			"<p>Lees ook: het rapport van 2015. Het noemt dezelfde cijfers als de haven.</p>",
		],
		[
			"a sentence that starts with a label's words, without its colon",
			"<p>Voir aussi la carte des sentiers du port.</p>",
		],
		[
			"a sentence about tags",
			"<p>Tags: the harbour master keeps them on every crate, and they are checked at dawn.</p>",
		],
		[
			"a sentence that starts like a category list",
			'<p>Filed under pressure, the <a href="/m">mayor</a> resigned on Friday after a week of protests at the harbour.</p>',
		],
		[
			"a sentence about what readers said",
			"<p>Let us know what you think, the mayor told the crowd, and hundreds of comments followed.</p>",
		],
		["a sentence about comments", "<p>Readers can view the comments powered by the new system from Monday.</p>"],
		[
			"a sentence that starts like a related-story line",
			"<p>Read also: the harbour master's letter to every new captain. She wrote it in 1990.</p>",
		],
		[
			"a sentence about a channel",
			"<p>Join our Telegram channel, the minister urged farmers on Monday, as the ministry moved its notices online.</p>",
		],
		["a line of a path", "<p>The files live in usr/local, as before.</p>"],
		[
			"a sentence about a video player",
			"<p>Play the video again, the coach told the team, and watch the left side.</p>",
		],
		["a time range in a schedule", "<p>Doors open 18:00 / 19:30 on Fridays.</p>"],
		["a heading named like a player's button", "<h2>Chapters</h2>"],
		["a one-word paragraph named like a player's button", "<p>Pause.</p>"],
		["a link prompt to a document", '<p>Click here to view the <a href="/ruling.pdf">court ruling</a>.</p>'],
		// A blog post's sentence that is mostly its links is still the author's words (a post linking its series).
		[
			"a sentence that is mostly its links",
			'<p>See <a href="/2024/03/second/">the second post</a> and <a href="/about/">about</a>.</p>',
		],
		[
			"a sentence about a print edition",
			"<p>A version of this story appeared in print in the Harbour Times in 1998, long before the pier closed.</p>",
		],
		["a sentence about a newsletter sign-up", "<p>Never miss a chance to see the ferries at dawn.</p>"],
		[
			"a sentence asking readers to email someone",
			"<p>Email Dan at the harbour office if you saw the boat, the police said.</p>",
		],
		[
			"a sentence about who publishes a paper",
			"<p>The Harbour Post is published by a cooperative of its readers, and has been since 1921, when the fishermen bought it.</p>",
		],
		// A blog post's own closing links: a section under its heading, a short sentence pointing to another post.
		[
			"a list of links under the article's own heading",
			'<h2>Further reading</h2><ul><li><a href="https://timber.example/piles">Timber piles</a></li><li><a href="https://sea.example/concrete">Marine concrete</a></li></ul>',
		],
		["a short sentence pointing to another post", '<p>See <a href="/blog/other/">the other post</a>.</p>'],
		[
			"a sentence that names a post in its link",
			'<p>I wrote about <a href="/p/pier">how we rebuilt the old harbour pier after the storm</a>.</p>',
		],
	])("keeps %s", (_, kept) => {
		for (const input of [`${STORY}${kept}`, `${kept}${STORY}`]) {
			expect(run(input)).toMatchObject({ html: input, hits: 0 });
		}
	});

	it('takes what a removed label introduces as no article text: a likes widget under its "Like this:" heading', () => {
		const outcome = run(`${STORY}<div><h3>Like this:</h3><p>Like Loading...</p></div>`);
		expect(outcome.html.replace(/\n/g, "")).toBe(STORY.replace(/\n/g, ""));
	});

	it.each([
		["a newsletter's subscribe button", '<p><a href="https://notes.example/subscribe?">Subscribe now</a></p>'],
		[
			"a newsletter platform's subscribe button",
			'<div><a href="https://notes.example/#/portal/signup">Subscribe</a></div>',
		],
	])("removes %s in the middle of the body too", (_, junk) => {
		const [first, second] = STORY.split("\n");
		expect(run(`${first}${junk}${second}`).html).toBe(`${first}${second}`);
	});

	it("keeps a date that heads a part of the article, between two others", () => {
		const chronology = `${STORY}<p>March 3, 2020</p><p>The first ferry was cancelled.</p>${STORY}`;
		expect(run(chronology)).toMatchObject({ html: chronology, hits: 0 });
	});

	it("keeps a separator between two parts of the article", () => {
		const input = `${STORY}<p>* * *</p>${STORY}`;
		expect(run(input)).toMatchObject({ html: input, hits: 0 });
	});

	it("keeps an article that follows a plea", () => {
		const outcome = cleanHtml(
			`<p>Here's the thing with ad blockers: we rely on ads to keep our journalism free for everyone.</p>${STORY}`,
			createContext(),
		);
		expect(outcome.html.replace(/\n/g, "")).toBe(STORY.replace(/\n/g, ""));
	});

	it("never takes a body's only words for boilerplate by its look alone", () => {
		expect(run('<p><a href="/x">Harbour reopens</a></p>')).toMatchObject({ hits: 0 });
		expect(run("<p>https://harbour.example/s/8812</p>")).toMatchObject({ hits: 0 });
	});

	it.each([
		[
			"an ad-blocker plea",
			"<p>Here's the thing with ad blockers: we rely on ads to keep our journalism free for everyone.</p>",
		],
		[
			"an agency's corporate footer",
			"<p>Example Wire is the world's largest international multimedia news agency.</p><p>All quotes delayed a minimum of 15 minutes.</p>",
		],
		["only a rights line", "<div>© Copyright 2016 Example Media. Some rights reserved</div>"],
		[
			"an ad-blocker plea with its own short lines",
			"<h2>Here's the thing with ad blockers</h2><p>We get it: ads are not why you came.</p><p>But ads pay for the reporting you read here.</p><p>Add us to your allow list, or subscribe for a dollar a week.</p>",
		],
	])("empties a body that is only %s (clean/empty-body)", (_, input) => {
		expect(cleanHtml(input, createContext()).html).toBe("");
	});

	it("is idempotent", () => {
		const once = run(`<p>Buy this photo</p>${STORY}<p>Read or Share this story: https://usat.example/2kQz9</p>`).html;
		expect(run(once)).toMatchObject({ html: once, hits: 0 });
	});
});

describe("cross-article evidence", () => {
	const PROMO = "The Harbour Times is there for you every morning of the year.";
	const LABEL = "Story continues after this block";
	const evidenceFor = (...texts: string[]): BoilerplateEvidence => {
		const fingerprints = new Set(texts.map(fingerprintBlock));
		return { host: "harbour.example", hostArticles: 6, recurring: fingerprints, everywhere: new Set() };
	};

	it("removes a block the host's other articles repeat, at the bottom or top of the body", () => {
		const evidence = evidenceFor(PROMO);
		for (const input of [`${STORY}<p>${PROMO}</p>`, `<p>${PROMO}</p>${STORY}`]) {
			const outcome = run(input, evidence);
			expect(outcome.html.replace(/\n/g, "")).toBe(STORY.replace(/\n/g, ""));
			expect(outcome.state.removals[0]?.reason).toMatch(/recurs in several of the 6 articles from harbour\.example/);
		}
	});

	it("removes a short recurring label anywhere, but keeps a recurring sentence in the middle", () => {
		const evidence = evidenceFor(PROMO, LABEL);
		const input = `<p>First paragraph of the story, long enough to be article text.</p><p>${LABEL}</p><p>${PROMO}</p>${STORY}`;
		const outcome = run(input, evidence);
		expect(outcome.html).not.toContain(LABEL);
		expect(outcome.html).toContain(PROMO);
	});

	it("keeps recurring headings, notices and credits", () => {
		const kept = "<h2>Introduction</h2>";
		const evidence = evidenceFor("Introduction", "The Example Wire contributed to this report.");
		const input = `${kept}${STORY}<p>The Example Wire contributed to this report.</p>`;
		expect(run(input, evidence)).toMatchObject({ html: input, hits: 0 });
	});

	it("never empties a body on evidence alone", () => {
		expect(run("<p>Body.</p>", evidenceFor("Body."))).toMatchObject({ html: "<p>Body.</p>", hits: 0 });
	});

	it("changes nothing without evidence", () => {
		const input = `${STORY}<p>${PROMO}</p>`;
		expect(run(input)).toMatchObject({ html: input, hits: 0 });
	});
});

describe("a labelled link in an author's own post", () => {
	const SERIES =
		'<p><strong>Part of the Series: <a href="/series/mysql">How To Troubleshoot Issues in MySQL</a></strong></p>';
	const authored = (html: string) => runStep(removeThenPrune, html, createContext({ isAuthored: true }));

	it("stays: it says what its one link is, in the author's words", () => {
		const input = `${SERIES}${STORY}`;
		expect(authored(input)).toMatchObject({ html: input, hits: 0 });
	});

	it("stays though every part of the series repeats it", () => {
		const input = `${SERIES}${STORY}`;
		const evidence: BoilerplateEvidence = {
			host: "docs.example.com",
			hostArticles: 6,
			recurring: new Set([fingerprintBlock("Part of the Series: How To Troubleshoot Issues in MySQL")]),
			everywhere: new Set(),
		};
		const outcome = runStep(removeThenPrune, input, createContext({ isAuthored: true, evidence }));
		expect(outcome).toMatchObject({ html: input, hits: 0 });
	});

	// A tutorial that opens with its own introduction names its series after it, in the middle of the body.
	it.each([
		["recurring", "recurring"],
		["in most of the host's articles", "everywhere"],
	] as const)("stays in the middle of the body when every part repeats it (%s)", (_, kind) => {
		const input = `${STORY}${SERIES}${STORY}`;
		const print = fingerprintBlock("Part of the Series: How To Troubleshoot Issues in MySQL");
		const evidence: BoilerplateEvidence = {
			host: "docs.example.com",
			hostArticles: 6,
			recurring: new Set([print]),
			everywhere: new Set(kind === "everywhere" ? [print] : []),
		};
		const outcome = runStep(removeThenPrune, input, createContext({ isAuthored: true, evidence }));
		expect(outcome).toMatchObject({ html: input, hits: 0 });
	});

	it("a curated wording in the same shape still goes from an author's post", () => {
		const junk = '<p>Subscribe to our newsletter: <a href="/newsletter">The Weekly Harbour</a></p>';
		expect(authored(`${STORY}${junk}${STORY}`).html.replace(/\n/g, "")).toBe(`${STORY}${STORY}`.replace(/\n/g, ""));
	});

	it.each([
		["a share row", '<p>Share: <a href="/s/m">Mastodon</a> · <a href="/s/e">Email</a></p>'],
		["a menu", '<p><a href="/">Home</a> | <a href="/about/">About</a></p>'],
	])("goes when it is %s", (_, junk) => {
		expect(authored(`${STORY}${junk}`).html.replace(/\n/g, "")).toBe(STORY.replace(/\n/g, ""));
	});

	// The site's menus and related links are in its templates: a line of one link in the post is the author's.
	it.each([
		["a bare link", '<p><a href="/about/">About</a></p>'],
		["a short line", '<p>More <a href="/about/">about me</a></p>'],
		["a book the post is about", '<p><a href="https://books.example/overstory">The Overstory</a></p>'],
		[
			"a caption's credit",
			'<figure><img src="/a.jpg" alt=""><figcaption>The lamp <a href="/c">Harbour archive</a></figcaption></figure>',
		],
	])("stays when it is %s", (_, line) => {
		expect(authored(`${STORY}${line}`)).toMatchObject({ html: `${STORY}${line}`, hits: 0 });
		expect(authored(`${line}${STORY}`)).toMatchObject({ html: `${line}${STORY}`, hits: 0 });
	});

	it("goes, a bare link, from a scraped body, as before", () => {
		expect(run(`${STORY}<p><a href="/about/">About</a></p>`).html.replace(/\n/g, "")).toBe(STORY.replace(/\n/g, ""));
	});

	it("goes from a scraped body, as before", () => {
		expect(run(`${SERIES}${STORY}`).html.replace(/\n/g, "")).toBe(STORY.replace(/\n/g, ""));
	});
});

describe("boilerplate before the notice (issue #12, notices missed)", () => {
	it("finds the notice a share prompt and a paywall count follow", () => {
		const result = cleanHtml(
			`${STORY}<p>AP: Copyright 2014 The Associated Press. All rights reserved.</p><p>Read or Share this story: https://usat.example/2kQz9</p><p>Thank you for reading 3 free articles on our site.</p>`,
			createContext(),
		);
		expect(result.notice).toBe("Copyright 2014 The Associated Press. All rights reserved.");
		expect(result.html).not.toMatch(/Share this story|free articles|Copyright/);
	});
});

describe("picture labels (junk, before sanitize unwraps their spans)", () => {
	it("drops 'Image copyright' and 'Image caption' labels, keeping the credit and the caption", () => {
		const result = cleanHtml(
			'<figure><img src="https://img.example/a.jpg" alt=""><figcaption><span class="off-screen">Image copyright</span><span>A. Photographer</span> <span class="off-screen">Image caption</span><span>Ferries at the old pier</span></figcaption></figure>',
			createContext(),
		);
		expect(result.text).toBe("A. Photographer Ferries at the old pier");
		expect(result.removals.map((removal) => removal.text)).toEqual(["Image copyright", "Image caption"]);
	});

	it("drops 'hide caption' and 'toggle caption' buttons", () => {
		const result = cleanHtml(
			"<div><p>Ferries at the old pier. <b>A. Photographer/Harbour Photos</b></p><b>hide caption</b></div><b>toggle caption</b><p>The harbour reopened.</p>",
			createContext(),
		);
		expect(result.text).toBe("Ferries at the old pier. A. Photographer/Harbour Photos The harbour reopened.");
	});
});
