/**
 * The Backstory block in the editor: the story's address and options in the sidebar, and the
 * server's own rendering (the no-JavaScript fallback) as the preview. Plain script on WordPress's
 * packages, so the plugin needs no build step.
 */
((blocks, element, blockEditor, components, serverSideRender, i18n) => {
  const el = element.createElement;
  const { __ } = i18n;

  function fields(attributes, setAttributes) {
    return [
      el(components.TextControl, {
        key: "src",
        label: __("Story file address", "backstory"),
        help: __("The built story, e.g. https://example.org/stories/story.json", "backstory"),
        type: "url",
        value: attributes.src,
        onChange: (src) => setAttributes({ src }),
      }),
      el(components.SelectControl, {
        key: "widget",
        label: __("Show", "backstory"),
        value: attributes.widget,
        options: [
          { label: __("Timeline and quiz", "backstory"), value: "both" },
          { label: __("Timeline", "backstory"), value: "timeline" },
          { label: __("Quiz", "backstory"), value: "quiz" },
        ],
        onChange: (widget) => setAttributes({ widget }),
      }),
      el(components.SelectControl, {
        key: "theme",
        label: __("Colours", "backstory"),
        value: attributes.theme,
        options: [
          { label: __("As in Settings → Backstory", "backstory"), value: "" },
          { label: __("Light", "backstory"), value: "light" },
          { label: __("Dark", "backstory"), value: "dark" },
          { label: __("The reader's system setting", "backstory"), value: "auto" },
        ],
        onChange: (theme) => setAttributes({ theme }),
      }),
      el(components.TextControl, {
        key: "height",
        label: __("Reserved height (optional)", "backstory"),
        help: __("A CSS length such as 36rem; empty for each widget's own.", "backstory"),
        value: attributes.height,
        onChange: (height) => setAttributes({ height }),
      }),
      el(components.TextControl, {
        key: "lang",
        label: __("Language of the widget's own words (optional)", "backstory"),
        value: attributes.lang,
        onChange: (lang) => setAttributes({ lang }),
      }),
    ];
  }

  // biome-ignore lint/correctness/noComponentHookFactories: the wrapper runs once, only to keep these names out of the page's global scope.
  function BackstoryEdit({ attributes, setAttributes }) {
    const props = blockEditor.useBlockProps();
    return el(
      "div",
      props,
      el(
        blockEditor.InspectorControls,
        null,
        el(
          components.PanelBody,
          { title: __("Story", "backstory") },
          fields(attributes, setAttributes),
        ),
      ),
      attributes.src
        ? el(serverSideRender, { block: "backstory/story", attributes })
        : el(
            components.Placeholder,
            {
              icon: "clock",
              label: __("Backstory", "backstory"),
              instructions: __("Give the address of the built story file.", "backstory"),
            },
            fields(attributes, setAttributes)[0],
          ),
    );
  }

  blocks.registerBlockType("backstory/story", { edit: BackstoryEdit, save: () => null });
})(
  window.wp.blocks,
  window.wp.element,
  window.wp.blockEditor,
  window.wp.components,
  window.wp.serverSideRender,
  window.wp.i18n,
);
