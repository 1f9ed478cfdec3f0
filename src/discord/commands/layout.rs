//! `/layout value:<components|embeds>`: how a server's replies and digests are laid out,
//! Discord's Components V2 (the default) or embeds. It needs Manage Server (checked for every
//! server command in `commands`). Answered privately, in the new layout's words.

use super::Options;
use crate::content::text::Text;
use crate::discord::call::{Call, Failure, Response};
use crate::discord::{CommandError, Context};
use crate::languages::LayoutSetting;

#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum LayoutChoice {
    #[name = "components"]
    Components,
    #[name = "embeds"]
    Embeds,
}

impl From<LayoutChoice> for LayoutSetting {
    fn from(choice: LayoutChoice) -> LayoutSetting {
        match choice {
            LayoutChoice::Components => LayoutSetting::Components,
            LayoutChoice::Embeds => LayoutSetting::Embeds,
        }
    }
}

// The declaration, for registration; interactions are answered by `run`, in both modes.
#[poise::command(
    slash_command,
    // Only where a server added the bot; in its DMs it is shown anyway, so that it can say
    // that it is for servers.
    install_context = "Guild",
    interaction_context = "Guild|BotDm",
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn layout(_ctx: Context<'_>, value: LayoutChoice) -> Result<(), CommandError> {
    let _ = value;
    Ok(())
}

/// Answers `/layout value:<choice>` in server `guild`.
pub async fn run(call: &Call, guild: u64, options: &Options<'_>) -> Result<Response, Failure> {
    let layout: LayoutSetting = Options::required(options.choice::<LayoutChoice>("value", "layout")?)?.into();
    // Writing may take a while: acknowledge first (Discord allows 3 seconds), then answer.
    let call = call.clone();
    Ok(Response::deferred(true, async move {
        call.shared.storage.set_layout(guild, layout, chrono::Utc::now()).await?;
        let text = Text::new(match layout {
            LayoutSetting::Components => "layout-set-components",
            LayoutSetting::Embeds => "layout-set-embeds",
        });
        Ok(call.tell(&text).await)
    }))
}
