package cn.fazhi.assess.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a file was not scored, in Chinese for the pages and workbooks evaluators read. The command line
 * keeps the English messages; an unrecognised one is shown as it is after a Chinese lead-in.
 */
public final class FailureReasons {
    private static final Map<Pattern, String> ZH = new LinkedHashMap<>();

    static {
        ZH.put(Pattern.compile("^the file is empty"), "文件为空");
        ZH.put(Pattern.compile("^no such file"), "文件不存在");
        ZH.put(Pattern.compile("^no permission"), "没有读取权限");
        ZH.put(Pattern.compile("^(\\d+) MB is over the 20 MB limit"), "文件大小$1MB，超过20MB上限");
        ZH.put(Pattern.compile("^a folder"), "这是文件夹，不是报告文件");
        ZH.put(Pattern.compile("^not a rule-of-law government report"), "不是法治政府建设年度报告，未评分");
        ZH.put(Pattern.compile("^not a text, web page"), "不是文本、网页、Word（.docx）或PDF文件");
        ZH.put(Pattern.compile("^an old binary Word"), "旧版Word/Excel文件（.doc/.xls），请另存为.docx后再评");
        ZH.put(Pattern.compile("^a zip archive"), "压缩包，不是Word（.docx）文件");
        ZH.put(Pattern.compile("^no text in it \\(a scanned PDF"), "PDF中没有文字层（扫描件），请先进行文字识别（OCR）");
        ZH.put(Pattern.compile("^no text in it"), "文件中没有文字");
        ZH.put(Pattern.compile("^cannot be read"), "文件已损坏或无法解析");
        ZH.put(Pattern.compile("^the unit's level is not known"), "无法确定单位层级，请在事实文件中填写meta.level或使用--level");
        ZH.put(Pattern.compile("^unknown level '([^']*)'"), "单位层级“$1”无法识别");
        ZH.put(Pattern.compile("^facts\\.([^:]+): (.*)"), "事实文件中“$1”的取值有误：$2");
        ZH.put(Pattern.compile("^malformed (YAML|JSON)"), "事实文件格式错误（$1）");
        ZH.put(Pattern.compile("^cannot write its workbook"), "无法写出整改清单");
    }

    private FailureReasons() {
    }

    public static String zh(String reason) {
        String r = reason == null ? "" : reason.replaceFirst("^[^:]*\\.(txt|html?|docx|pdf|ya?ml|json|\\w+):\\d+:\\d+: ", "");
        for (Map.Entry<Pattern, String> e : ZH.entrySet()) {
            Matcher m = e.getKey().matcher(r);
            if (m.find()) {
                StringBuilder zh = new StringBuilder();
                m.appendReplacement(zh, e.getValue());
                return zh.toString();
            }
        }
        return "无法评分：" + reason;
    }
}
