# One message per fact of data/facts/*.toml: `fact-<id>`, the sentence a reader sees,
# and `.title`, the short label the overview uses. Variables are the fact's `values`.
# Keep the article's hedges ("according to", "suspected", "possible"), and say no more than it does.
# A revision needs `revision-<id>-<date>` and a withdrawal `withdrawal-<id>`: why, in a sentence.

## Military

fact-mutual-defence-pact = Moscow and Pyongyang signed a mutual-defense treaty during an official visit to the North Korean capital, a turning point in relations between the two countries.
    .title = Mutual-defense pact
fact-troops-to-kursk = North Korea sent { $troops ->
        [thousands] thousands of soldiers
       *[other] { $troops } soldiers
    } to back Russia in its war in Ukraine, notably in the Kursk region, where they played a key role in pushing back the Ukrainian forces that had entered Russian territory. Sending its own soldiers into combat shows how deeply Pyongyang has committed itself to Moscow's side.
    .title = Troops sent, notably to the Kursk region
fact-kursk-casualties = According to South Korean sources, about { $killed } North Korean soldiers were killed in that fighting and { $wounded ->
        [thousands] thousands more
       *[other] { $wounded } more
    } were wounded.
    .title = Losses around Kursk
fact-arms-and-munitions = North Korea supplies Russia with weapons and ammunition, feeding Moscow's war effort in Ukraine.
    .title = Arms and munitions supplied
fact-technology-transfer-suspected = In return, Russia may be passing sensitive military technology to the North: so far only suspicions, relayed by Seoul and still unconfirmed; if borne out, they could upset the strategic balance of East Asia.
    .title = Possible technology transfer, suspected

## Diplomatic

fact-frequent-high-level-visits = For more than a year, meetings between senior officials of the two countries have been growing more frequent.
    .title = Frequent high-level visits
fact-foreign-minister-visit = Russia's foreign minister traveled to Pyongyang, where Kim Jong Un once again promised Russia his unconditional support.
    .title = Foreign minister in Pyongyang
fact-duma-chairman-visit = The chairman of the State Duma, the lower house of Russia's parliament, traveled to North Korea.
    .title = Duma chairman's visit
fact-beijing-summit-parade = At a trilateral summit in Beijing, the Russian and North Korean leaders stood beside China's president at a large military parade broadcast around the world, a display of the three powers' converging interests.
    .title = Trilateral summit and parade in Beijing
fact-party-anniversary-parade = A senior Russian official attended the Pyongyang parade for the { NUMBER($anniversary, type: "ordinal") ->
        [one] { $anniversary }st
        [two] { $anniversary }nd
        [few] { $anniversary }rd
       *[other] { $anniversary }th
    } anniversary of North Korea's ruling party.
    .title = Ruling party's anniversary parade

## Economic

fact-economic-ties-growing = Economic ties between the two countries are gaining momentum too, even though military and diplomatic cooperation draws more attention.
    .title = Growing economic ties
fact-first-moscow-pyongyang-flight = A commercial flight from Moscow landed in Pyongyang, the first such connection in decades.
    .title = First commercial Moscow–Pyongyang flight in decades
fact-road-bridge-construction = Construction started on a road bridge between the two countries, meant to make cross-border trade easier; once finished, it could become a strategic route for their bilateral trade.
    .title = Road bridge under construction
fact-shared-land-border = The two countries share a land border only { $border_km } km long in the Far East, a closeness both now want to put to use.
    .title = A { $border_km } km border

## Cultural

fact-moscow-painting-exhibition = An exhibition in Moscow celebrated the alliance in paint: Russian and North Korean soldiers fighting side by side, portraits of Kim Jong Un, and everyday North Korean scenes such as making kimchi.
    .title = Painting exhibition in Moscow
fact-culture-builds-unity = By showcasing shared symbols, such initiatives seek to build a sense of unity between the two peoples and to legitimize the alliance in the eyes of both populations.
    .title = Culture in the service of unity

## Outlook and risks

fact-russia-gains-reliable-ally = For Russia, the partnership means a dependable ally while its relations with the West stay tense.
    .title = Russia: a dependable ally
fact-north-korea-gains = North Korea draws military and economic gains from the rapprochement, along with a higher profile on the world stage.
    .title = North Korea: gains and visibility
fact-risk-regional-reactions = Risk: the suspected technology transfers could provoke sharp reactions from regional powers, South Korea and Japan first among them.
    .title = Risk: South Korea and Japan react
fact-risk-isolation = Risk: North Korea's military involvement in Ukraine could make it harder for Pyongyang to improve its relations with other countries.
    .title = Risk: harder relations elsewhere
fact-major-development = Military, diplomatic, economic and cultural at once, the alliance stands out as a major geopolitical development that could reshape regional and global dynamics; how it holds up under international pressure and internal challenges remains to be seen.
    .title = A major development, its course still open
