//! About this card: its version, the corrections and kept forms, the sources.

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
                &[(
                    "source",
                    provenance.source_document.get(self.language).into(),
                )],
            ),
            self.f(
                "about-transcribed",
                &[("date", self.date_naive(provenance.transcribed_on).into())],
            ),
        ];
        // What the transcription corrected, then what it kept as printed on purpose.
        let corrections = provenance
            .corrections
            .iter()
            .map(|c| {
                self.f(
                    "about-correction",
                    &[
                        ("original", c.original.as_str().into()),
                        ("corrected", c.corrected.as_str().into()),
                        ("reason", c.reason.get(self.language).into()),
                    ],
                )
            })
            .chain(provenance.kept.iter().map(|k| {
                self.f(
                    "about-kept",
                    &[
                        ("text", k.text.as_str().into()),
                        ("reason", k.reason.get(self.language).into()),
                    ],
                )
            }))
            .filter_map(|line| self.body(&line))
            .collect();
        let presentation =
            std::iter::once(provenance.spelling_policy.get(self.language).to_owned())
                .chain(
                    provenance
                        .presentation
                        .iter()
                        .map(|p| p.get(self.language).to_owned()),
                )
                .chain(provenance.translation.iter().map(|t| {
                    self.f(
                        "about-translation",
                        &[
                            ("nl", t.nl.as_str().into()),
                            ("en", t.en.as_str().into()),
                            ("note", t.note.get(self.language).into()),
                        ],
                    )
                }))
                .filter_map(|line| self.body(&line))
                .collect();
        let kader = content.afwegingskader(self.language);
        let mut sources: Vec<String> = content
            .contacts()
            .iter()
            .filter_map(|contact| {
                let text = content.contact_text(self.language, &contact.id.0)?;
                Some(format!(
                    "{}: {}",
                    self.heading(&text.name, "discreet-coordinator"),
                    self.source_line(&contact.source)
                ))
            })
            .collect();
        sources.push(format!(
            "{}: {}",
            self.heading(&kader.heading, "discreet-text-hidden"),
            self.source_line(&kader.source)
        ));
        sources.extend(provenance.facts.iter().map(|fact| self.fact_sources(fact)));
        let facts = facts.into_iter().filter_map(|f| self.body(&f)).collect();
        let view = AboutView {
            facts,
            corrections_heading: self.heading_line(self.t("about-corrections")),
            corrections,
            presentation,
            sources_heading: self.heading_line(self.t("about-sources")),
            sources,
            show_text: self.show_text(),
            disclaimer: self.t("about-disclaimer"),
        };
        (self.t("about-title"), Screen::About { view })
    }
}
