package cn.onenetwork.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void chineseUnlessEnglishIsPreferredAmongTheLanguagesSpoken() {
        assertEquals(Languages.CHINESE, Languages.negotiate(null));
        assertEquals(Languages.CHINESE, Languages.negotiate(""));
        assertEquals(Languages.ENGLISH, Languages.negotiate("en"));
        assertEquals(Languages.ENGLISH, Languages.negotiate("en-GB,en;q=0.8"));
        assertEquals(Languages.CHINESE, Languages.negotiate("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Languages.ENGLISH, Languages.negotiate("zh;q=0.5,en;q=0.9"));
        assertEquals(Languages.ENGLISH, Languages.negotiate("fr-FR,en;q=0.5"));
        assertEquals(Languages.CHINESE, Languages.negotiate("fr-FR,de;q=0.5"));
        assertEquals(Languages.CHINESE, Languages.negotiate("en;q=0"));
        assertEquals(Languages.CHINESE, Languages.negotiate("*"));
        assertEquals(Languages.CHINESE, Languages.negotiate("not a header;;;q=x"));
        assertEquals("zh-CN", Languages.tag(Languages.CHINESE));
        assertEquals("en", Languages.tag(Languages.ENGLISH));
    }
}
