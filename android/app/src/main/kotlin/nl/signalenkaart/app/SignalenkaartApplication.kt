package nl.signalenkaart.app

import android.app.Application
import nl.signalenkaart.core.Core
import nl.signalenkaart.core.CoreConfig
import nl.signalenkaart.core.Language
import nl.signalenkaart.ui.Store
import java.io.File
import java.util.Locale

/**
 * Holds the one core for the process, so a rotated or recreated activity finds the
 * same state (navigation, the quick checklist) instead of starting over.
 */
class SignalenkaartApplication : Application() {
    /** Carries out effects on whichever activity is in the foreground. */
    val effects by lazy { AndroidEffects(this) }

    val store: Store by lazy {
        val language = if (Locale.getDefault().language == "nl") Language.NL else Language.EN
        val config = CoreConfig(
            dataDir = File(filesDir, "signalenkaart").path,
            deviceLanguage = language,
        )
        Store(Core(config, AndroidKeyStoreWrapper(this)), effects, mainExecutor)
    }
}
