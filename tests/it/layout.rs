//! The Components V2 layout of replies and digests: every reply of the bundled store, in every
//! language, laid out within Discord's limits, every word of its embed kept, and held against
//! Discord's OpenAPI description of a message; a reply too large for the layout has none, and
//! keeps its embeds. Then as users meet it, in both modes: replies, private previews (a
//! deferred answer's edit) and digests (channels and DMs) come laid out so by default, and as
//! embeds in a server that chose them with `/layout`.

use crate::in_both_modes;
use crate::support;

use alliance_digest::content::facts::Domain;
use alliance_digest::content::layout::{Layout, IS_COMPONENTS_V2, MAX_COMPONENTS, MAX_TEXT};
use alliance_digest::content::message::Message;
use alliance_digest::content::reply::{Query, Year};
use alliance_digest::content::when::YearMonth;
use alliance_digest::Engine;
use support::discord::openapi;

const LANGUAGES: [&str; 8] = ["en-US", "fr", "de", "es-ES", "ru", "uk", "ko", "ja"];

/// Every piece of text an embed shows.
fn embed_words(page: &Message) -> Vec<String> {
    let embed = &page.embeds[0];
    let mut words: Vec<String> = embed.title.iter().chain(&embed.description).cloned().collect();
    for field in &embed.fields {
        words.push(field.name.clone());
        words.push(field.value.clone());
    }
    words.extend(embed.footer.iter().map(|f| f.text.clone()));
    words
}

#[test]
fn every_reply_is_laid_out_within_discords_limits_and_keeps_every_word() {
    let repo = support::repo();
    let (engine, _) = Engine::load(&repo.join("data"), &repo.join("locales")).expect("the bundled store");
    let july = YearMonth::new(2025, 7).expect("a month");
    let mut queries = vec![Query::Overview, Query::Timeline, Query::Month(july, Year::Given)];
    queries.extend(Domain::ALL.map(Query::Domain));
    for lang in LANGUAGES {
        for query in &queries {
            let pages = engine.reply(*query, engine.language(lang));
            for (n, page) in pages.iter().enumerate() {
                let what = format!("{} in {lang}, page {}", query.key(), n + 1);
                let layout = Layout::of(page).unwrap_or_else(|| panic!("{what}: no layout"));
                assert!(layout.count() <= MAX_COMPONENTS, "{what}: {} components", layout.count());
                assert!(layout.text_len() <= MAX_TEXT, "{what}: {} characters", layout.text_len());
                assert_eq!(layout.flags & IS_COMPONENTS_V2, IS_COMPONENTS_V2);
                let body = serde_json::to_value(&layout).expect("JSON");
                let problems = openapi::shared().check(
                    "POST",
                    "/channels/1100000000000000100/messages",
                    None,
                    Some(&body),
                    "application/json",
                );
                assert_eq!(problems, Vec::<String>::new(), "{what}");
                let shown = body.to_string();
                for words in embed_words(page) {
                    let json = serde_json::to_string(&words).expect("JSON");
                    assert!(shown.contains(json.trim_matches('"')), "{what}: {words:?} lost");
                }
                let has_picture = page.embeds[0].image.is_some();
                assert_eq!(shown.contains("\"type\":12"), has_picture, "{what}: the picture in a gallery");
            }
        }
    }
}

#[test]
fn a_reply_too_large_for_the_layout_keeps_its_embeds() {
    let repo = support::repo();
    let (engine, _) = Engine::load(&repo.join("data"), &repo.join("locales")).expect("the bundled store");
    let mut page = engine.reply(Query::Overview, engine.language("en-US")).remove(0);
    let field = page.embeds[0].fields[0].clone();
    // Twenty more sections: each a separator and a text, past 40 components.
    page.embeds[0].fields.extend(std::iter::repeat_n(field, 20));
    assert_eq!(Layout::of(&page), None);
    let errors = Message { content: Some("An error".into()), ..Message::default() };
    assert_eq!(Layout::of(&errors), None, "text alone stays as it is");
}

async fn replies_previews_and_digests_use_the_new_layout_unless_the_server_chose_embeds(
    mode: support::bot::Mode,
) {
    use support::bot::{
        admin, content, is_ephemeral, is_v2, sections, title, user, World, EN_GUILD, FR_GUILD,
    };
    use support::clock::ManualClock;
    use support::discord::Elsewhere;
    let world = World::new_in(mode).await;
    let standin = &world.standin;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;

    // The default: Discord's current layout, with the same words as the embeds.
    let reader = user(60, "en-US");
    let ask = |guild: u64| world.command(Some(guild), &reader, ("alliance", Some("military"), &[]));
    let new = ask(FR_GUILD).await;
    assert!(is_v2(&new) && new["embeds"].as_array().is_none_or(Vec::is_empty), "{new}");
    assert!(new["content"].is_null() || new["content"] == "", "no content beside the layout: {new}");
    assert_eq!(title(&new), "Coopération militaire");

    // A server that chose embeds gets embeds; only its admins may choose.
    let value = [("value", "Embeds, as before")];
    let refused = world.command(Some(EN_GUILD), &user(61, "en-US"), ("layout", None, &value)).await;
    assert_eq!(content(&refused), "Only members who can manage this server can use /layout.");
    assert!(is_v2(&ask(EN_GUILD).await), "a refused choice changes nothing");
    let set = world.command(Some(EN_GUILD), &admin(62, "fr"), ("layout", None, &value)).await;
    assert!(
        content(&set).starts_with("Les réponses et les bulletins de ce serveur arrivent désormais"),
        "{set}"
    );
    let old = ask(EN_GUILD).await;
    assert!(!is_v2(&old) && title(&old) == "Military cooperation", "{old}");
    let set_fr = world.command(Some(FR_GUILD), &admin(63, "fr"), ("layout", None, &value)).await;
    assert!(!is_v2(&ask(FR_GUILD).await), "{set_fr}");
    let value = [("value", "Discord's current layout (default)")];
    world.command(Some(FR_GUILD), &admin(63, "fr"), ("layout", None, &value)).await;
    let back = ask(FR_GUILD).await;
    assert!(is_v2(&back), "chosen back");
    let words = |m: &serde_json::Value| (title(m), sections(m), support::bot::footer(m));
    let (fr_new, en_old) = (words(&back), words(&ask(EN_GUILD).await));
    assert_eq!(fr_new.1.len(), en_old.1.len(), "the same sections in either layout");

    // In a DM there is no server: the new layout.
    let dm = standin.user_install_command(Elsewhere::Dm, &user(64, "ko"), "alliance", Some("military"), &[]);
    assert!(is_v2(&standin.interact(dm).await.message()));

    // A preview, answered after a deferral: the edit lays it out, private, its intro on top.
    let channels = [standin.add_channel(FR_GUILD, "v2", 0), standin.add_channel(EN_GUILD, "embeds", 0)];
    for (guild, channel) in [(FR_GUILD, channels[0]), (EN_GUILD, channels[1])] {
        let options =
            [("channel", channel.to_string()), ("frequency", "daily".into()), ("time", "09:00".into())];
        let options: Vec<(&str, &str)> = options.iter().map(|(k, v)| (*k, v.as_str())).collect();
        world.command(Some(guild), &admin(65, "en-US"), ("digest", Some("subscribe"), &options)).await;
    }
    let which = channels[0].to_string();
    let preview = standin.slash_command(
        Some(FR_GUILD),
        &admin(66, "en-US"),
        "digest",
        Some("preview"),
        &[("channel", &which)],
    );
    let preview = standin.interact(preview).await;
    assert_eq!(preview.callback["type"], 5, "deferred");
    let edit = preview.edits.last().expect("the edit that completes it");
    assert!(is_v2(edit), "the edit sets the flag: {edit}");
    let shown = preview.message();
    assert!(is_ephemeral(&shown) && is_v2(&shown));
    assert!(
        content(&shown).starts_with(&format!("Here is what the next digest would post in <#{which}>")),
        "{shown}"
    );

    // Digests: the new layout where the server kept it, embeds where it chose them, and by DM.
    let start = standin.user_install_command(
        Elsewhere::Dm,
        &user(67, "en-US"),
        "my-digest",
        Some("start"),
        &[("frequency", "daily"), ("time", "09:00")],
    );
    standin.interact(start).await;
    let dm = standin.dm_opened_with(67).expect("the DM");
    clock.set("2026-11-24T09:00:00Z");
    let v2 = standin.wait_channel_messages(channels[0], 1).await;
    let embeds = standin.wait_channel_messages(channels[1], 1).await;
    let personal = standin.wait_channel_messages(dm, 1).await;
    assert!(is_v2(&v2[0].message) && title(&v2[0].message) == "L'alliance Russie–Corée du Nord en bref");
    assert!(
        !is_v2(&embeds[0].message)
            && title(&embeds[0].message) == "The Russia–North Korea alliance at a glance"
    );
    assert!(is_v2(&personal[0].message));
    // Sent once as any digest is: with its nonce, enforced.
    let path = format!("/channels/{}/messages", channels[0]);
    let sent =
        standin.requests().into_iter().find(|r| r.method == "POST" && r.path == path).expect("the post");
    let body = sent.body.expect("a JSON body");
    assert!(body["nonce"].is_string() && body["enforce_nonce"] == true, "{body}");
    world.assert_no_schema_errors();
    bot.stop().await;
}

in_both_modes!(replies_previews_and_digests_use_the_new_layout_unless_the_server_chose_embeds);
