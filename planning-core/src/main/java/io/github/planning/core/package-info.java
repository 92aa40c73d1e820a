/**
 * The model of plan indicator tables: {@link io.github.planning.core.PlanValue published values}
 * with their exact text and typed reading, {@link io.github.planning.core.Unit units}, {@link
 * io.github.planning.core.Indicator indicators}, {@link io.github.planning.core.Plan plans} and
 * their {@link io.github.planning.core.PlanRow rows}, and {@link
 * io.github.planning.core.Observation observations}.
 *
 * <h2>Null policy</h2>
 *
 * No method of this package accepts or returns {@code null}; absent values are {@link
 * java.util.Optional} and a {@code null} argument throws {@link NullPointerException} naming it.
 * All types are immutable and thread-safe.
 *
 * <h2>The value notation</h2>
 *
 * {@link io.github.planning.core.PlanValue#parse(CharSequence)} reads this grammar (white space
 * allowed between the parts, full-width digits and symbols accepted):
 *
 * <pre>
 * value      = compound | figures | qualitative | not-applicable | descriptive
 * compound   = part ("/" part)+   each part a value, starting with a figure, sign, bracket or prefix
 * figures    = prefix* core [points | unit] [suffix] [footnote]
 * prefix     = "累计"                                     cumulative
 *            | "下降" | "降低" | "减少"                      a decrease
 *            | "提高" | "增加" | "增长" | "上升" | "提升"       an increase
 *            | "≤" | "≥" | "&lt;" | "&gt;" | "不低于" | "不超过" | "低于" | "高于" | "超过" | "突破" | "超"
 *            | "约" …                                        a relation
 *            | "=" | "＝"                                    exactly
 * core       = [open] figure ["%"] [("-" | "～" | "至" | "到") figure ["%"] | ":" figure] [close] ["%"]
 * open/close = "[" "]" | "［" "］" | "【" "】" | "〔" "〕"           cumulative
 * figure     = [sign] int ["." digit+]                      at most 100 digits, no exponent
 * int        = digit+ | digit{1,3} ("," digit{3})+         thousands separators "," or "，"
 * "."        = "." | "．" | "。"                            "。" before a digit, with a warning
 * points     = "个百分点" | "百分点"                           a change in percentage points
 * unit       = a run of letters or "/" ("万人", "项", "万吨", "人/亿元")
 * suffix     = "以上" | "以下" | "以内" | "左右" …              a relation
 * footnote   = ("*" | "＊" | "※" | "†")+
 * qualitative = [完成|达到|实现…] (国家|省|市|上级) [级] 下达 [的] (指标|目标|任务|计划)
 *            | (高于|不低于|低于|不高于|超过|达到) (全国|全省|全市) 平均 [水平]
 *            | 与 subject [基本|保持] 同步 [增长]
 *            | 稳定保持 | 保持稳定 | 基本稳定 …
 * not-applicable = blank | ("—" | "-" | "/")+
 * </pre>
 *
 * Text without digits that contains words and matches no qualitative form is descriptive; any other
 * text must match {@code compound} or {@code figures}. Full-width digits and the {@code 。} decimal
 * point are read with {@linkplain io.github.planning.core.NotationWarning warnings}, as is a
 * compound cell, whose parts the cell does not assign to indicators.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class},
    defaults = @Value.Immutable(copy = true))
package io.github.planning.core;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
