"""Sample names for every official EU language, plus Cyrillic (Russian, Ukrainian, Serbian)
and Greek: each string holds the letters beyond ASCII that the language uses, small and
capital, so a form that can take these can take any name a recipient writes."""

SAMPLES = {
    "bg": "Жълтата дюля Щерю Ъглов Юлиян Ябълков йЙ ьЬ",
    "cs": "Příliš žluťoučký kůň úpěl ďábelské ódy ŘŠČŽÝÁÍÉŮÚĚŇŤĎ",
    "da": "Søren Ærø Åse Østergård æøå ÆØÅ",
    "de": "Jürgen Größe-Äpfel Öztürk Üß äöü ÄÖÜ",
    "el": "Γιώργος Παπαδόπουλος ΞΕΣΚΕΠΑΖΩ ΨΥΧΟΦΘΟΡΑ ϊΐΰϋς ΆΈΉΊΌΎΏ",
    "en": "John O'Brien-Smith & Co. (Ltd) 42/7",
    "es": "Íñigo Núñez Peña ¿Qué? ¡Sí! güe ÑÜ",
    "et": "Tõnu Õun Ülle Ääremaa Šõk Žürii õäöüšž",
    "fi": "Väinö Ärräpää Åke Öhman Šakki Žaneta",
    "fr": "Françoise Lœuvre Hélène Æsop Ÿves Çà ùûôîïëœ ŒÀÂÉÈÊËÎÏÔÙÛ",
    "ga": "Seán Ó Bríain Máire Éabha Úna Íde ÁÉÍÓÚ",
    "hr": "Đuro Šćepanović Žaklina Čačić čćđšž ČĆĐŠŽ",
    "hu": "Őrző Űrhajós Árvíztűrő tükörfúrógép őű ŐŰ",
    "it": "Niccolò Perché Così Città È àèéìíòóù",
    "lt": "Ąžuolas Ėglė Įvairus Šarūnas Ųosis Čiurlionis ąčęėįšųūž",
    "lv": "Jānis Bērziņš ķ ņ ļ Ģirts Ūdris Īvāns Čaks Šķēle Žagars āčēģīķļņšūž",
    "mt": "Ġużeppi Ħabib Żammit Ċensu għ ħ ż ċ ġ ĊĠĦŻ",
    "nl": "IJsbrand van 't Hoëff Zoë Citroën ëïéèĳĲ",
    "pl": "Zażółć gęślą jaźń Łukasz Świętochowski ĄĆĘŁŃÓŚŹŻ",
    "pt": "João Conceição Ângela Ônibus Ãã õ âêô áéíóú ç à",
    "ro": "Ștefan Țurcanu Ăsta Îngeraș Âță ășțâî ĂȘȚÂÎ şţŞŢ",
    "sk": "Ľubomír Ďurčo Ĺudovít Ŕ Ťažký ľĺŕďťňôä",
    "sl": "Čebelica Šumi Žiga čšž",
    "sv": "Åsa Öberg Ängel åäö",
    "ru": "Съешь же ещё этих мягких булок, да выпей чаю Ёё",
    "uk": "Їжак Ґанок Єва Іван їґєі",
    "sr": "Ђорђе Љубица Његош Ћирић Џеп Јован ђљњћџј",
}
