# One message per fact of data/facts/*.toml: `fact-<id>`, the sentence a reader sees,
# and `.title`, the short label the overview uses. Variables are the fact's `values`.
# Keep the source's hedges: "according to", "alleged", "suspects".

## Military

fact-mutual-defence-pact = Moscow and Pyongyang signed a mutual-defence treaty during an official visit to the North Korean capital, turning their rapprochement into a formal alliance.
    .title = Mutual-defence pact
fact-troops-to-kursk = North Korea deployed { $troops ->
        [thousands] thousands of soldiers
       *[other] { $troops } soldiers
    } to Russia's Kursk region, where they helped push back the Ukrainian units that had crossed into Russian territory.
    .title = Troops sent to the Kursk region
fact-kursk-casualties = According to South Korean sources, about { $killed } North Korean soldiers were killed in the Kursk fighting and { $wounded ->
        [thousands] thousands more
       *[other] { $wounded } more
    } were wounded.
    .title = Losses around Kursk
fact-arms-and-munitions = Pyongyang ships weapons and ammunition to Russia, feeding Moscow's war effort in Ukraine.
    .title = Arms and munitions supplied
fact-technology-transfer-suspected = Seoul alleges that, in return, Russia may be handing sensitive military technology to the North; the suspicion is unconfirmed, and if it proved true it could tilt the military balance of East Asia.
    .title = Suspected technology transfer

## Diplomatic

fact-frequent-high-level-visits = For more than a year, senior officials of the two countries have been meeting more and more often.
    .title = Frequent high-level visits
fact-foreign-minister-visit = Russia's foreign minister travelled to Pyongyang, where Kim Jong Un once again promised Russia his unconditional support.
    .title = Foreign minister in Pyongyang
fact-duma-chairman-visit = The chairman of the State Duma, the lower house of Russia's parliament, visited North Korea.
    .title = Duma chairman's visit
fact-beijing-summit-parade = At a summit in Beijing, the Russian and North Korean leaders stood beside China's president at a large military parade broadcast around the world.
    .title = Beijing summit and parade
fact-party-anniversary-parade = A senior Russian official attended the Pyongyang parade for the { NUMBER($anniversary, type: "ordinal") ->
        [one] { $anniversary }st
        [two] { $anniversary }nd
        [few] { $anniversary }rd
       *[other] { $anniversary }th
    } anniversary of North Korea's ruling party.
    .title = Ruling party's anniversary parade

## Economic

fact-first-moscow-pyongyang-flight = A commercial flight from Moscow landed in Pyongyang, the first such connection in decades.
    .title = First Moscow–Pyongyang flight in decades
fact-road-bridge-construction = Construction started on a road bridge between the two countries, meant to make cross-border trade easier.
    .title = Road bridge under construction
fact-shared-land-border = The two countries share a land border only { $border_km } km long in the Far East, a closeness both now want to put to use.
    .title = A { $border_km } km border

## Cultural

fact-moscow-painting-exhibition = An exhibition in Moscow celebrated the alliance in paint: Russian and North Korean soldiers fighting side by side, portraits of Kim Jong Un, and everyday North Korean scenes such as making kimchi.
    .title = Painting exhibition in Moscow

## Outlook and risks

fact-russia-gains-reliable-ally = For Russia, the partnership means a dependable ally while its relations with the West stay tense.
    .title = Russia: a dependable ally
fact-north-korea-gains = For North Korea, it brings military and economic gains and a higher profile on the world stage.
    .title = North Korea: gains and visibility
fact-risk-regional-reactions = Risk: the suspected technology transfers could provoke sharp reactions from regional powers, South Korea and Japan first among them.
    .title = Risk: South Korea and Japan react
fact-risk-isolation = Risk: its part in the war in Ukraine may make it harder for Pyongyang to mend relations with other countries.
    .title = Risk: harder relations elsewhere
