// "You are safe": where the interstitial's "Back to safety" lands when there is no page to go
// back to. Static text only, in the language chosen in Options.
import '../platform.js';
import '../shared/i18n.js';

const I18n = globalThis.WaspadaI18n;
await I18n.useLang(await I18n.chosenLang());
I18n.localizeDocument();
