package nl.signalenkaart.app

import android.app.Activity
import android.content.ClipboardManager
import android.content.ComponentName
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import nl.signalenkaart.core.Effect
import nl.signalenkaart.ui.EffectHandler

/** The core's effects on Android. Nothing here decides anything; it only carries out. */
class AndroidEffects(private val context: Context) : EffectHandler {
    /** The activity in the foreground, set by [MainActivity] while it is resumed. */
    var activity: Activity? = null

    override fun perform(effect: Effect) {
        when (effect) {
            // The dialer with the number filled in: the user presses call there, so the
            // app needs no CALL_PHONE permission.
            is Effect.Dial -> start(Intent(Intent.ACTION_DIAL, Uri.parse(effect.telUri)))
            is Effect.Share -> start(
                Intent.createChooser(
                    Intent(Intent.ACTION_SEND)
                        .setType("text/plain")
                        .putExtra(Intent.EXTRA_SUBJECT, effect.subject)
                        .putExtra(Intent.EXTRA_TEXT, effect.text),
                    null,
                ),
            )
            is Effect.HideApp -> activity?.moveTaskToBack(true)
            // Text copied out of a note must not outlive the lock.
            is Effect.Locked -> context.getSystemService(ClipboardManager::class.java)?.clearPrimaryClip()
            is Effect.Wiped -> setLauncherDiscreet(false)
            is Effect.SetLauncherDiscreet -> setLauncherDiscreet(effect.discreet)
        }
    }

    private fun start(intent: Intent) {
        val from = activity
        if (from != null) {
            from.startActivity(intent)
        } else {
            context.startActivity(intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK))
        }
    }

    /** Enables one launcher alias and disables the other, without killing the app. */
    private fun setLauncherDiscreet(discreet: Boolean) {
        val pm = context.packageManager
        fun set(alias: String, enabled: Boolean) = pm.setComponentEnabledSetting(
            ComponentName(context, "nl.signalenkaart.app.$alias"),
            if (enabled) PackageManager.COMPONENT_ENABLED_STATE_ENABLED else PackageManager.COMPONENT_ENABLED_STATE_DISABLED,
            PackageManager.DONT_KILL_APP,
        )
        // Enable first: for a moment there are two entries rather than none.
        set(if (discreet) "LauncherDiscreet" else "Launcher", true)
        set(if (discreet) "Launcher" else "LauncherDiscreet", false)
    }
}
