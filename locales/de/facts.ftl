# Eine Nachricht je Fakt aus data/facts/*.toml: `fact-<id>`, der Satz, den Leser sehen,
# und `.title`, die Kurzzeile der Übersicht. Variablen sind die `values` des Fakts.
# Die Vorbehalte des Artikels bleiben sichtbar („zufolge“, „Verdacht“, „könnte“, „unbestätigt“),
# und es wird nicht mehr gesagt als dort: keine Namen, Daten, Zahlen oder Quellen hinzufügen.
# Schreibweisen: Pjöngjang, Peking, Kursk, Kim Jong Un, Duma.
# Eine Überarbeitung braucht `revision-<id>-<date>`, ein Rückzug `withdrawal-<id>`: warum, in einem Satz.

## Militär

# en-US 8c0f37aa
fact-mutual-defence-pact = Bei einem offiziellen Besuch in der nordkoreanischen Hauptstadt schlossen Moskau und Pjöngjang ein Abkommen über gegenseitige Verteidigung – ein Wendepunkt in den Beziehungen beider Länder.
    .title = Pakt zur gegenseitigen Verteidigung
# „key role“ des Artikels: „Schlüsselrolle“.
# en-US cba9dbf9
fact-troops-to-kursk = Nordkorea entsandte { $troops ->
        [thousands] Tausende Soldaten
       *[other] { $troops } Soldaten
    } zur Unterstützung Russlands in dessen Krieg in der Ukraine, insbesondere in die Region Kursk. Dort spielten sie eine Schlüsselrolle dabei, die auf russisches Gebiet vorgedrungenen ukrainischen Truppen zurückzudrängen. Mit der Entsendung eigener Soldaten in den Kampf zeigt Pjöngjang, wie weit sein Engagement an der Seite Moskaus reicht.
    .title = Truppen entsandt, insbesondere in die Region Kursk
# en-US fe6e7bb3
fact-kursk-casualties = Südkoreanischen Quellen zufolge wurden bei den Kämpfen in der Region Kursk rund { $killed } nordkoreanische Soldaten getötet und { $wounded ->
        [thousands] Tausende weitere
       *[other] { $wounded } weitere
    } verwundet.
    .title = Verluste in der Region Kursk
# en-US 82f47b7a
fact-arms-and-munitions = Nordkorea liefert Russland Waffen und Munition und stützt damit Moskaus Kriegsanstrengungen in der Ukraine.
    .title = Waffen und Munition für Russland
# en-US 3735a2ac
fact-technology-transfer-suspected = Russland steht im Verdacht, Nordkorea im Gegenzug sensible Militärtechnologie zu überlassen – bislang nur unbestätigte Vorwürfe, die Seoul verbreitet. Sollten sie sich bewahrheiten, könnte das strategische Gleichgewicht in Ostasien ins Wanken geraten.
    .title = Verdacht auf möglichen Technologietransfer

## Diplomatie

# en-US 7e3165f3
fact-frequent-high-level-visits = Seit mehr als einem Jahr treffen sich hochrangige Vertreter beider Länder immer häufiger.
    .title = Häufige Treffen auf hoher Ebene
# en-US 64a98d8f
fact-foreign-minister-visit = Russlands Außenminister reiste nach Pjöngjang; dort sicherte Kim Jong Un Russland erneut seine bedingungslose Unterstützung zu.
    .title = Russischer Außenminister in Pjöngjang
# en-US bd16519a
fact-duma-chairman-visit = Der Vorsitzende der Duma, des Unterhauses des russischen Parlaments, reiste nach Nordkorea.
    .title = Duma-Vorsitzender in Nordkorea
# en-US ce5c7bc6
fact-beijing-summit-parade = Bei einem Dreiergipfel in Peking zeigten sich die Staatsführer Russlands und Nordkoreas an der Seite des chinesischen Präsidenten bei einer großen Militärparade, die weltweit übertragen wurde – ein sichtbares Zeichen dafür, dass sich die Interessen der drei Mächte annähern.
    .title = Dreiergipfel und Parade in Peking
# $anniversary ist eine Zahl (80): im Deutschen genügt der Ordnungspunkt („80. Jahrestag“).
# Der Artikel sagt nur „die Regierungspartei“: keinen Parteinamen ergänzen.
# en-US 114d1826
fact-party-anniversary-parade = Ein hochrangiger russischer Vertreter nahm in Pjöngjang an der Parade zum { $anniversary }. Jahrestag der in Nordkorea regierenden Partei teil.
    .title = Parade zum Parteijubiläum in Pjöngjang

## Wirtschaft

# en-US 98aa22d1
fact-economic-ties-growing = Auch die Wirtschaftsbeziehungen beider Länder gewinnen an Dynamik, wenngleich die militärische und diplomatische Zusammenarbeit stärker im Blickpunkt steht.
    .title = Wachsende Wirtschaftsbeziehungen
# „commercial“ des Artikels: „kommerzieller Flug“.
# en-US 6dd8feed
fact-first-moscow-pyongyang-flight = Ein kommerzieller Flug aus Moskau landete in Pjöngjang – die erste derartige Verbindung seit Jahrzehnten.
    .title = Erster kommerzieller Flug Moskau–Pjöngjang seit Jahrzehnten
# en-US ef4962bc
fact-road-bridge-construction = Zwischen beiden Ländern hat der Bau einer Straßenbrücke begonnen, die den Handelsaustausch erleichtern soll; fertiggestellt, könnte sie zu einer strategischen Achse ihres bilateralen Handels werden.
    .title = Straßenbrücke im Bau
# en-US 3e0f7552
fact-shared-land-border = Im Fernen Osten teilen die beiden Länder eine nur { $border_km } Kilometer lange Landgrenze – eine Nähe, die sie nun nutzen wollen.
    .title = Nur { $border_km } km gemeinsame Grenze

## Kultur

# en-US 39968c94
fact-moscow-painting-exhibition = Eine Ausstellung in Moskau feierte die Allianz in Gemälden: russische und nordkoreanische Soldaten Seite an Seite im Kampf, Bilder von Kim Jong Un und Szenen aus dem nordkoreanischen Alltag wie die Zubereitung von Kimchi.
    .title = Gemäldeausstellung in Moskau
# en-US fc172b1b
fact-culture-builds-unity = Solche Initiativen stellen gemeinsame Symbole heraus: Sie sollen ein Gefühl der Einheit zwischen beiden Völkern stiften und die Allianz in den Augen beider Bevölkerungen legitimieren.
    .title = Kultur im Dienst der Einheit

## Ausblick und Risiken

# en-US 5ddd4241
fact-russia-gains-reliable-ally = Russland gewinnt mit dieser Partnerschaft einen verlässlichen Verbündeten, während seine Beziehungen zum Westen angespannt bleiben.
    .title = Russland: ein verlässlicher Verbündeter
# en-US 029e0d66
fact-north-korea-gains = Nordkorea zieht aus der Annäherung militärischen und wirtschaftlichen Nutzen und gewinnt international an Sichtbarkeit.
    .title = Nordkorea: Nutzen und Sichtbarkeit
# en-US acd7411f
fact-risk-regional-reactions = Risiko: Der Verdacht auf Technologietransfers könnte heftige Reaktionen der Regionalmächte hervorrufen, allen voran Südkoreas und Japans.
    .title = Risiko: Reaktionen Südkoreas und Japans
# en-US 52c31221
fact-risk-isolation = Risiko: Nordkoreas militärisches Engagement in der Ukraine könnte es Pjöngjang erschweren, seine Beziehungen zu anderen Staaten zu verbessern.
    .title = Risiko: erschwerte Annäherung an andere Staaten
# en-US 17327c1a
fact-major-development = Militärisch, diplomatisch, wirtschaftlich und kulturell zugleich: Die Allianz erweist sich als bedeutende geopolitische Entwicklung, die regionale wie globale Kräfteverhältnisse neu ordnen könnte. Wie sie sich unter internationalem Druck und angesichts innerer Herausforderungen entwickelt, bleibt abzuwarten.
    .title = Eine bedeutende Entwicklung mit offenem Ausgang
