// Notices that forbid reproduction, in the wording agencies use (BNS; AP, Reuters and AFP footers). One list for both
// uses: the cleaner's `license-notice` rule takes a trailing sentence in these words for the item's notice, and
// `content: "by-rights"` gives such an item only its summary. A wording known to one and not the other left a notice
// in the body and the item in full.
export const REPRODUCTION_BANS: readonly RegExp[] = [
	/\bnot allowed to publish,? quote or reproduce\b/i,
	/\bmay not be (?:re)?published,? broadcast,? rewritten,? (?:or|and) redistributed\b/i,
	// "copied" and not the imperative "do not copy", which an article says too ("do not copy codes from a text message").
	/\b(?:do|may|must) not (?:be )?(?:reproduc|republish|redistribut|copied)/i,
	/\ball rights reserved\b/i,
	/\bwithout (?:the |our )?(?:prior )?(?:express )?written (?:consent|permission)\b/i,
	/\b(?:reproduction|redistribution|republication) (?:is )?(?:strictly )?(?:prohibited|forbidden|not (?:allowed|permitted))\b/i,
	// The same in the languages of the agencies and sites wirefeed meets (BNS writes Lithuanian, Latvian, Estonian,
	// Russian and English; Lithuanian portals forbid reusing "paskelbtą informaciją"), and the Nordic agencies (NTB, TT, Ritzau, STT): "all rights reserved", "all rights to the
	// materials belong to …", "without written consent", "reproduction forbidden". Plain
	// patterns, without Unicode classes, so they cost next to nothing to compile; `/i` folds Cyrillic case too.
	/(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone|visos teisės saugomos|visas tiesības (?:ir )?aizsargātas|kõik õigused (?:on )?kaitstud|все права защищены|(?:усі|всі) права захищені|alle rettigheter (?:er )?reservert|alla rättigheter (?:är )?förbehållna|alle rettigheder (?:er )?forbeholdt|alle rettigheder forbeholdes|kaikki oikeudet pidätetään|все права на (?:материалы|информацию|контент|публикации)[^.]{0,80} принадлежат|(?:усі|всі) права на (?:матеріали|інформацію|контент|публікації)[^.]{0,80} належать)/i,
	/(?:be (?:raštiško|rašytinio) [^.]{0,60}sutikimo|draudžia [^.]{0,80}(?:atgaminti|platinti|skelbti|kopijuoti|perspausdinti|cituoti|naudoti)|draudžiama (?:skelbti|kopijuoti|platinti|atgaminti|perspausdinti|cituoti)|draudžiama (?:[^.]|\.(?=\S)){0,60}(?:informacij|medžiag)[^.]{0,40} (?:panaudoti|naudoti|skelbti|platinti|kopijuoti|atgaminti)|bez (?:[^.]{0,40} )?rakstiskas (?:[^.]{0,40} )?(?:atļaujas|piekrišanas)|aizliegts (?:publicēt|pārpublicēt|citēt|izplatīt|kopēt|reproducēt)|ilma [^.]{0,40}kirjaliku (?:loata|nõusolekuta)|без (?:предварительного )?письменного (?:согласия|разрешения)|(?:разрешено|разрешается|допускается|возможно) только с (?:предварительного )?письменного (?:согласия|разрешения)|(?:дозволено|дозволяється|допускається|можливе) лише (?:з|за) (?:попередньої )?письмової (?:згоди|дозволу)|be [^.]{0,60}sutikimo[^.]{0,30}(?:draudžiama|negalima|neleidžiama)|без (?:попереднього )?письмової (?:згоди|дозволу)|без письмового дозволу|ohne (?:vorherige )?schriftliche (?:genehmigung|zustimmung)|sans (?:l['’])?autorisation (?:préalable )?écrite|sin (?:la )?autorización (?:previa )?(?:y )?por escrito|bez (?:uprzedniej )?pisemnej zgody|(?:kopiowanie|rozpowszechnianie|publikowanie|przedruk)[^.]{0,80}(?:zabronione|zabroniony|wzbronione))/i,
	/(?:(?:копирование|перепечатка|воспроизведение|распространение)[^.]{0,80}(?:запрещено|запрещена|запрещается|не допускается)|(?:передрук|копіювання|відтворення|поширення)[^.]{0,80}(?:заборонено|забороняється|не допускається)|nachdruck[^.]{0,60}(?:nur mit|verboten|untersagt|nicht gestattet)|(?:pārpublicēšana|izplatīšana|kopēšana|pavairošana)[^.]{0,120} (?:ir )?aizliegt[asi]|reproduction[^.]{0,40}interdite|tous droits de reproduction[^.]{0,60}réservés|prohibida (?:su|la) reproducción|riproduzione riservata)/i,
];

/** The mark that opens a copyright line: "©", "(c)", "Copyright". */
export const COPYRIGHT_MARK_RE = /^(?:©|\(c\)|copyright\b)/i;
