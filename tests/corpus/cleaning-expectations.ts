// What a reader would say about each article of ../shared/corpus (issue #12, "measure it like a reader would"):
// annotations only, keyed by file name. Each boilerplate entry is the first words of one block a reader sees as site
// junk, long enough to identify it and no longer; `notice` is the start of the rights notice that should become the
// item's rights (null: none in the body); `keep` lists short snippets that must survive (credits, bylines,
// look-alikes of boilerplate). Files not listed have no boilerplate and no body notice, and must lose no word.

/** One article's annotations. */
export interface CleaningExpectation {
	/** The start of each block that is site boilerplate. */
	readonly boilerplate?: readonly string[];
	/** The start of the rights notice expected to leave the body; null when the body has none. */
	readonly notice?: string | null;
	/** Snippets that must still be in the body (or the notice). */
	readonly keep?: readonly string[];
	/** The whole body is junk: the item is left out (`clean/empty-body`). */
	readonly isJunkOnly?: true;
	/** Why a block a reader would call junk is expected to stay, when it is annotated but not removed. */
	readonly knownMisses?: readonly string[];
}

/** Annotations by corpus file name (relative to the corpus folder). */
export const CLEANING_EXPECTATIONS: Readonly<Record<string, CleaningExpectation>> = {
	// notices/: agency stories picked for their trailing notice or credit.
	"notices/2016-02-13-columbine-shooters-mother-says-she-thinks-of-victims-daily-cbs-local.md": {
		notice: "© Copyright 2016 The Associated Press",
		keep: ["Eric Harris (L) watches as Dylan Klebold"],
	},
	"notices/2016-02-22-106-year-old-meets-obamas-dances-like-schoolgirl-video-nola-com.md": {
		boilerplate: ["In other news: 4 takeaways"],
		notice: "(c) 2016, The Washington Post",
		keep: ["Michael E. Miller"],
	},
	"notices/2016-03-05-joey-feek-of-country-duo-joey-rory-dies-at-40-cbs-news.md": {
		notice: "© 2016 The Associated Press",
		keep: ["on his blog, http://"],
	},
	"notices/2016-03-21-everything-you-need-to-know-before-the-apple-event-iphone-se-9-7-inch-ipad-pro-how-to-watch-the-livestream-tech-times.md":
		{
			notice: "© 2016 Tech Times",
			keep: ["(Photo: Apple)", "The supported devices are:", "Apple TV fourth generation"],
		},
	"notices/2016-05-21-solar-impulse-plane-leaves-oklahoma-for-dayton-phys-org.md": {
		boilerplate: ["Explore further: Solar-powered plane"],
		notice: "© 2016 AFP",
		keep: ["How it works", "Solar Impulse 2"],
	},
	"notices/2016-05-23-bombs-rockets-tear-through-syrian-regime-strongholds-cbs-news.md": {
		boilerplate: ["Last Updated May 23, 2016"],
		notice: "© 2016 CBS Interactive Inc.",
		keep: ["The Associated Press contributed to this report."],
	},
	"notices/2016-06-05-hpd-makes-arrest-in-murder-of-11-year-old-josue-flores-ktrk-tv.md": {
		notice: "Copyright ©2016 KTRK-TV",
		keep: ["HOUSTON (KTRK)"],
	},
	"notices/2016-06-14-nato-to-send-troops-to-deter-russia-some-allies-want-more-euronews.md": {
		boilerplate: ["Reuters, 14/06 16:49 CET", "euronews provides breaking news articles"],
		notice: "Copyright 2016 Reuters",
		keep: ["By Robin Emmott and Phil Stewart", "(Reporting by Robin Emmott", "AIR DEFENCE"],
		knownMisses: [
			"euronews provides breaking news articles: a site disclaimer in one article of its host; no wording, feature or evidence marks it",
		],
	},
	"notices/2016-06-24-td-ameritrade-fidelity-problems-rile-social-media-users.md": {
		notice: null,
		keep: ["(Reporting By Amy Tennery", "LINK: here"],
	},
	"notices/2016-07-17-quake-jolts-tokyo-region-no-tsunami-warning-issued-washington-post.md": {
		notice: "Copyright 2016 The Associated Press",
		keep: ["By Associated Press July 17"],
	},

	// wp-scraped/: the scraper site's WordPress export.
	"wp-scraped/2016-01-12-court-sets-march-hearing-on-freddie-gray-witness-dispute-washington-post.md": {
		notice: "Copyright 2016 The Associated Press",
		keep: ["By Associated Press January 12"],
	},
	"wp-scraped/2016-02-06-officer-shot-in-seaside-condition-unknown-daily-astorian.md": {
		boilerplate: [
			"Home » News » Free",
			"Published: February 5, 2016",
			"Last changed: February 5, 2016",
			"Buy this photo",
			"Our Guidelines",
			"Stay on topic",
			"Share with Us",
			"Be Civil",
			"Be proactive",
		],
		keep: ["Joshua Bessex/The Daily Astorian", "Officers investigate after reports", "This is a breaking news story"],
	},
	"wp-scraped/2016-03-03-google-fibers-video-subscriber-growth-surges-79-percent-in-2015.md": {
		keep: ["(Reporting by Abhirup Roy"],
	},
	"wp-scraped/2016-03-14-bears-agree-to-two-year-deal-with-dl-akiem-hicks-espn.md": {
		keep: ["ESPN Patriots reporter Mike Reiss contributed to this report."],
	},
	"wp-scraped/2016-03-21-furry-gloves-off-easter-bunny-brawls-with-man-at-nj-mall-usa-today.md": {
		boilerplate: ["Follow Josh Hafner on Twitter", "Read or Share this story"],
		keep: ["(Photo: Buzz60)", "Buzz60's Keri Lumm has the pictures"],
	},
	"wp-scraped/2016-04-03-the-latest-trump-says-experts-coming-around-to-nato-view-the-providence-journal.md": {
		boilerplate: ["© Copyright 2006-2016 Gatehouse Media"],
		isJunkOnly: true,
	},
	"wp-scraped/2016-04-14-connecticut-cdc-maintain-focus-on-zika-virus-west-hartford-news.md": {
		keep: ["By Christine Stuart", "This story has been modified from its original version"],
	},
	"wp-scraped/2016-05-08-%e2%80%8bwinning-numbers-drawn-in-400-million-powerball-jackpot-cbs-news.md": {
		notice: "© 2016 The Associated Press",
	},
	"wp-scraped/2016-06-10-obama-endorsement-yields-clintons-most-%f0%9f%94%a5%f0%9f%94%a5%f0%9f%94%a5-tweet-yet.md": {
		keep: ["Tell us how you really feel, Mr. President."],
	},
	"wp-scraped/2016-06-14-hideo-kojima-returns-with-naked-norman-reedus.md": {
		keep: ["God of War is back"],
	},
	"wp-scraped/2016-06-20-review-motorola-verveone-wireless-earbuds.md": {
		boilerplate: ["The post Review: Motorola VerveOne Wireless Earbuds appeared first on"],
		keep: ["All the music, none of the tangly wires."],
	},
	"wp-scraped/2016-07-14-amazons-second-prime-day-was-pretty-%c2%af_%e3%83%84_%c2%af.md": {
		keep: ["Drew Kelly for WIRED"],
	},

	// blog-b/: Creative Commons footers; the KaTeX and mermaid notes a template asks readers to enable scripts with.
	"blog-b/2023-11-23-lindley_paradox/index.md": {
		boilerplate: ["Warning: This post has KaTeX enabled"],
		notice: null,
		keep: ["This post is licensed under"],
	},
	"blog-b/2024-01-14-htmx/index.md": {
		boilerplate: ["Warning: This post has mermaid.js enabled"],
		notice: "This post is licensed under Creative Commons",
	},
	"blog-b/2024-03-23-dead-man-switch/index.md": { notice: "This post is licensed under Creative Commons" },
	"blog-b/2024-04-14-shamir-secret-sharing/index.md": {
		boilerplate: ["Warning: This post has KaTeX enabled"],
		notice: "This post is licensed under Creative Commons",
	},
	"blog-b/2024-06-22-von-neumann/index.md": {
		boilerplate: ["Warning: This post has KaTeX enabled"],
		notice: "This post is licensed under Creative Commons",
	},

	// do-tutorials/: link lists a sentence introduces are the article's.
	// The series' line is the tutorial's own Markdown (NOTES.md lists it among the bodies' traits, not their noise): it
	// tells a reader which series the part belongs to, and links it.
	"do-tutorials/how-to-access-mysql-error-logs.md": {
		keep: ["Part of the Series: How To Troubleshoot Issues in MySQL"],
	},
	"do-tutorials/how-to-create-a-sudo-user-on-ubuntu-quickstart.md": {
		keep: [
			"Here is a link to a more detailed user management tutorial",
			"How To Add and Delete Users on an Ubuntu Server",
		],
	},
	"do-tutorials/digitalocean-s-technical-writing-guidelines.md": {
		keep: ["Follow this link to become a DigitalOcean author."],
	},
	"do-tutorials/controlling-urls-and-links-in-jekyll.md": {
		keep: ["How to Set Up a Jekyll Development Site on Ubuntu 16.04", "Exploring Jekyll’s Default Content"],
	},
	"blog-a/2013-01-27-all_girl_hack_night_2.md": { keep: ["Next month: Google Montreal is hosting!"] },
	"intl/2013-10-02-lt-sphinx-presentation.markdown": { keep: ["Naudingos nuorodos", "Kaldi"] },
};
