//! The wipe's reset: everything gone but the language and discreet mode.

use super::super::preferences::Preferences;
use super::super::route::Route;
use super::super::{App, Effect};

impl App {
    /// Everything is gone: the app as freshly installed, in the same language, on
    /// `route`, except discreet mode: whoever forced the wipe (by mashing the PIN pad)
    /// must not be rewarded with the revealing launcher and screens.
    pub(super) fn wiped(&mut self, route: Route, effects: &mut Vec<Effect>) {
        self.prefs = Preferences {
            language: self.prefs.language,
            discreet: self.prefs.discreet,
            ..Default::default()
        };
        // Discreet mode is written again at once (the coordinator and the rest go);
        // without it the file goes, as at a fresh install.
        let _ = if self.prefs.discreet {
            self.prefs.save(&self.data_dir)
        } else {
            std::fs::remove_file(Preferences::path(&self.data_dir))
        };
        // Pending notices and effects go too: the notes they speak of are gone. The
        // launcher is told again, so it matches the discreet mode that stayed.
        self.session.restart(route);
        effects.push(Effect::Wiped);
        effects.push(Effect::SetLauncherDiscreet {
            discreet: self.prefs.discreet,
        });
    }
}
