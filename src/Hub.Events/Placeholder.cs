namespace Hub.Events;
internal static class Placeholder { }
