/** The script-tag bundle: one self-contained ES module that registers both elements. */
import "./define.js";
