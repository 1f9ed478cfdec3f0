//! The permissions a digest needs in its channel, written once: checked when a channel
//! subscribes (`/digest subscribe`), and when Discord refuses a post (the poster), and named in
//! `locales/` by [`Missing`]'s message ids.

use poise::serenity_prelude::Permissions;

use crate::digests::model::Missing;

/// What a digest needs in its channel (and to open its threads, when `threads`) that the bot,
/// allowed `allowed` there, lacks: checked when a channel subscribes, and when Discord refuses
/// a post.
pub fn missing_in(allowed: Permissions, threads: bool) -> Missing {
    let needed = [
        (Permissions::VIEW_CHANNEL, Missing::VIEW_CHANNEL),
        (Permissions::SEND_MESSAGES, Missing::SEND_MESSAGES),
        (Permissions::EMBED_LINKS, Missing::EMBED_LINKS),
        (Permissions::CREATE_PUBLIC_THREADS, Missing::CREATE_THREADS),
    ];
    needed
        .into_iter()
        .filter(|(p, m)| (threads || *m != Missing::CREATE_THREADS) && !allowed.contains(*p))
        .fold(Missing::default(), |missing, (_, m)| missing.with(m))
}
