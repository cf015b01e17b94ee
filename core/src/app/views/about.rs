//! About this card: its version, the corrections, the sources.

use super::super::{AboutView, Screen};
use super::Views;

impl Views<'_> {
    pub(super) fn about(&self) -> (String, Screen) {
        let content = &self.app.content;
        let provenance = content.provenance();
        let facts = vec![
            self.f(
                "about-version",
                &[("version", provenance.content_version.as_str().into())],
            ),
            self.f(
                "about-source",
                &[("source", provenance.source_document.as_str().into())],
            ),
            self.f(
                "about-transcribed",
                &[("date", self.date_naive(provenance.transcribed_on).into())],
            ),
        ];
        let corrections = provenance
            .corrections
            .iter()
            .filter_map(|c| {
                self.body(&format!(
                    "{} → {}: {}",
                    c.original,
                    c.corrected,
                    c.reason.get(self.language)
                ))
            })
            .collect();
        let kader = content.afwegingskader(self.language);
        let mut sources: Vec<String> = content
            .contacts()
            .iter()
            .filter_map(|contact| {
                let text = content.contact_text(self.language, &contact.id.0)?;
                let source = self.source_line(
                    &contact.source.name,
                    contact.source.url.as_deref(),
                    contact.source.verified_on,
                );
                Some(format!(
                    "{}: {source}",
                    self.heading(&text.name, "discreet-coordinator")
                ))
            })
            .collect();
        sources.push(format!(
            "{}: {}",
            kader.heading,
            self.source_line(
                &kader.source.name,
                kader.source.url.as_deref(),
                kader.source.verified_on
            )
        ));
        let facts = facts.into_iter().filter_map(|f| self.body(&f)).collect();
        let presentation = provenance
            .presentation
            .iter()
            .filter_map(|p| self.body(p.get(self.language)))
            .collect();
        let view = AboutView {
            facts,
            corrections_heading: self.t("about-corrections"),
            corrections,
            presentation,
            sources_heading: self.t("about-sources"),
            sources,
            show_text: self.show_text(),
            disclaimer: self.t("about-disclaimer"),
        };
        (self.t("about-title"), Screen::About { view })
    }
}
